import { z } from 'zod';
import { ARTICLE_ACTIONS, ARTICLE_SLUG_MAX, ARTICLE_STATUSES, PORTAL_TOPICS } from '@hongtu/domain';
import { idSchema, pageOf, pageQuerySchema, textField } from './common';
import { multilineText } from './projects';

// 门户文章: the portal's articles, written in Markdown by the city and the districts, reviewed,
// published (maybe on a schedule), withdrawn; every saved version kept.

export const PORTAL_ARTICLE_LIMITS = {
  titleLength: 200,
  summaryLength: 1000,
  bodyLength: 200_000,
  tags: 20,
  tagLength: 30,
  urlLength: 500,
  altLength: 200,
  sourceLength: 200,
  /** A Markdown file imported at most (characters). */
  importLength: 250_000,
} as const;

export const articleStatusSchema = z.enum(ARTICLE_STATUSES);
export const articleActionSchema = z.enum(ARTICLE_ACTIONS);
export const portalTopicSchema = z.enum(PORTAL_TOPICS);
// The slug's form (isArticleSlug) and the cover's address (isSafeArticleUrl) are checked by the
// server, which answers them in the reader's language.
const slugSchema = z.string().trim().min(1).max(ARTICLE_SLUG_MAX);
const safeUrl = z.string().trim().max(PORTAL_ARTICLE_LIMITS.urlLength);
const optionalText = (max: number) => textField(0, max).nullable().default(null).transform((v) => (v ? v : null));

/** An article's fields as the editor sends them (Traditional characters accepted, kept as typed). */
export const articleFieldsSchema = z.strictObject({
  /** Its address; the server gives one when left out. */
  slug: slugSchema.optional(),
  title: textField(1, PORTAL_ARTICLE_LIMITS.titleLength),
  summary: multilineText(PORTAL_ARTICLE_LIMITS.summaryLength).default(''),
  bodyMarkdown: multilineText(PORTAL_ARTICLE_LIMITS.bodyLength).default(''),
  topic: portalTopicSchema,
  /** The district it is published under; null: the city's own. */
  districtId: idSchema.nullable(),
  tags: z.array(textField(1, PORTAL_ARTICLE_LIMITS.tagLength)).max(PORTAL_ARTICLE_LIMITS.tags).default([]),
  coverImageUrl: safeUrl.nullable().default(null).transform((v) => (v ? v : null)),
  /** Required with a cover image (GB/T 37668 text alternative). */
  coverImageAlt: optionalText(PORTAL_ARTICLE_LIMITS.altLength),
  source: optionalText(PORTAL_ARTICLE_LIMITS.sourceLength),
  /** When the public may see it once published (ISO instant); null: as soon as it is published. */
  publishAt: z.iso.datetime({ offset: true }).nullable().default(null),
});
export type ArticleFields = z.output<typeof articleFieldsSchema>;

export const createArticleSchema = articleFieldsSchema;
export const updateArticleSchema = articleFieldsSchema.extend({ version: z.number().int().min(1) });
export type UpdateArticle = z.output<typeof updateArticleSchema>;

/** submit / return / withdraw: the version read. */
export const articleActionBodySchema = z.strictObject({ version: z.number().int().min(1) });
/** publish: the version read, and a time to publish at (scheduled) or none (at once, or at the article's publishAt). */
export const publishArticleSchema = z.strictObject({ version: z.number().int().min(1), publishAt: z.iso.datetime({ offset: true }).nullable().optional() });

/** One Markdown file with front matter (title, district, topic, date, tags, cover, cover_alt, source, slug, summary). */
export const importArticleSchema = z.strictObject({
  fileName: textField(1, 200).optional(),
  markdown: z.string().min(1).max(PORTAL_ARTICLE_LIMITS.importLength),
});

export const previewArticleSchema = z.strictObject({ markdown: z.string().max(PORTAL_ARTICLE_LIMITS.bodyLength) });
export const articlePreviewSchema = z.object({ html: z.string() });

export const articleListQuerySchema = pageQuerySchema.extend({
  status: articleStatusSchema.optional(),
  topic: portalTopicSchema.optional(),
  q: z.string().trim().max(100).optional(),
});

export const articleListItemSchema = z.object({
  id: z.number().int(),
  slug: z.string(),
  title: z.string(),
  topic: portalTopicSchema,
  districtId: z.number().int().nullable(),
  districtName: z.string().nullable(),
  status: articleStatusSchema,
  publishAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  /** Published and its time reached: on the public portal now. */
  visible: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
  actions: z.array(articleActionSchema),
});
export type ArticleListItem = z.infer<typeof articleListItemSchema>;
export const articleListSchema = pageOf(articleListItemSchema);
export type ArticleList = z.infer<typeof articleListSchema>;

export const articleVersionSchema = z.object({
  version: z.number().int(),
  status: articleStatusSchema,
  title: z.string(),
  savedAt: z.string(),
  savedByName: z.string().nullable(),
});

export const articleSchema = articleListItemSchema.extend({
  summary: z.string(),
  bodyMarkdown: z.string(),
  /** The server's rendering of bodyMarkdown, as the portal shows it. */
  bodyHtml: z.string(),
  tags: z.array(z.string()),
  coverImageUrl: z.string().nullable(),
  coverImageAlt: z.string().nullable(),
  source: z.string().nullable(),
  documentId: z.number().int().nullable(),
  demoNote: z.string().nullable(),
  createdAt: z.string(),
  versions: z.array(articleVersionSchema),
});
export type Article = z.infer<typeof articleSchema>;
