// The portal's articles (门户文章): their workflow, who may move them, when the public sees them,
// and the rules on what an author types (slug, cover image text alternative).
import type { Role } from '../access';

/** draft → in_review → published → withdrawn; returned to draft from review or after withdrawal. */
export const ARTICLE_STATUSES = ['draft', 'in_review', 'published', 'withdrawn'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

/** What may be done to an article; the web shows buttons from these and never re-derives them. */
export const ARTICLE_ACTIONS = ['edit', 'submit', 'publish', 'return', 'withdraw'] as const;
export type ArticleAction = (typeof ARTICLE_ACTIONS)[number];

/** The status each action leaves the article in ('edit' keeps it). */
export const ARTICLE_ACTION_TARGET: Readonly<Record<Exclude<ArticleAction, 'edit'>, ArticleStatus>> = {
  submit: 'in_review', publish: 'published', return: 'draft', withdraw: 'withdrawn',
};

/** The statuses an action starts from. */
const ACTION_FROM: Readonly<Record<ArticleAction, readonly ArticleStatus[]>> = {
  edit: ['draft'],
  submit: ['draft'],
  publish: ['in_review'],
  return: ['in_review', 'withdrawn'],
  withdraw: ['published'],
};

/**
 * Who acts: the city's reviewer on every article (the city's own and every district's); a district's
 * operator on his own district's articles only. Publishing is never straight from a draft: an article
 * is first submitted for review, then published — by the city's reviewer for any article, by a
 * district's operator only under his own district (the issue: "district editors publish only under
 * their district"). A city article (no district) is the city reviewer's alone.
 */
export interface ArticleActor {
  role: Role;
  /** Whether the article's district lies in the actor's own scope (a city article: only for a city-level actor). */
  inScope: boolean;
}

const ACTING_ROLES: readonly Role[] = ['city_reviewer', 'district_operator'];

/** The actions the actor may take on an article in this status. */
export function articleActions(status: ArticleStatus, actor: ArticleActor): ArticleAction[] {
  if (!actor.inScope || !ACTING_ROLES.includes(actor.role)) return [];
  return ARTICLE_ACTIONS.filter((action) => ACTION_FROM[action].includes(status));
}

export function mayTakeArticleAction(status: ArticleStatus, actor: ArticleActor, action: ArticleAction): boolean {
  return articleActions(status, actor).includes(action);
}

/**
 * Whether the public sees an article at a moment: published, not withdrawn, and its publication time
 * reached (a scheduled article is published but hidden until then). Times are ISO-8601 UTC strings.
 */
export function isArticleVisible(article: { status: ArticleStatus; publishAt: string | null }, nowIso: string): boolean {
  return article.status === 'published' && (article.publishAt === null || article.publishAt <= nowIso);
}

/** A slug: lower-case letters, digits and single hyphens, 1–80 characters (it is the article's address). */
export const ARTICLE_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ARTICLE_SLUG_MAX = 80;

export function isArticleSlug(value: string): boolean {
  return value.length <= ARTICLE_SLUG_MAX && ARTICLE_SLUG_PATTERN.test(value);
}

/**
 * A cover image needs its text alternative (GB/T 37668 — text alternatives for non-text content);
 * an alt text without an image is meaningless and refused as well.
 */
export function coverImageComplete(cover: { url: string | null; alt: string | null }): boolean {
  const hasUrl = !!cover.url?.trim();
  const hasAlt = !!cover.alt?.trim();
  return hasUrl === hasAlt;
}

/** A link or image address the portal keeps: http(s) or relative to the site; everything else (javascript:, data:, mailto: …) is dropped. */
export function isSafeArticleUrl(url: string): boolean {
  const trimmed = url.trim();
  if (/^https?:\/\//i.test(trimmed)) return true;
  // relative: no scheme before the first / ? # (protocol-relative //host is refused too)
  if (trimmed.startsWith('//')) return false;
  return !/^[^/?#]*:/.test(trimmed);
}
