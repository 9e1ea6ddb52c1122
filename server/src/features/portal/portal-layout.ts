import { createHash } from 'node:crypto';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { LOCALES, PORTAL_LANGUAGE_PREFIX, portalPath, type Locale } from '@hongtu/domain';
import { toTraditional } from '../../platform/text/chinese';
import { html, raw, type SafeHtml } from './portal-html';
import { LARGE_TEXT_COOKIE, LARGE_TEXT_QUERY, PORTAL_SCRIPT, PORTAL_STYLE } from './portal-assets';

/** A text in the portal's three languages. */
export function portalText(locale: Locale, text: Readonly<Record<Locale, string>>): string {
  return text[locale];
}

const HTML_LANG: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en' };
const HREFLANG: Record<Locale, string> = { 'zh-CN': 'zh-Hans', 'zh-TW': 'zh-Hant', en: 'en' };
const LANGUAGE_NAMES: Record<Locale, string> = { 'zh-CN': '简体中文', 'zh-TW': '繁體中文', en: 'English' };

export const PORTAL_SITE_NAME = { 'zh-CN': '宏图招商门户', 'zh-TW': '宏圖招商門戶', en: 'Hongtu Investment Portal' } as const;

const T = {
  skip: { 'zh-CN': '跳到正文', 'zh-TW': '跳到正文', en: 'Skip to content' },
  home: { 'zh-CN': '首页', 'zh-TW': '首頁', en: 'Home' },
  articles: { 'zh-CN': '招商动态', 'zh-TW': '招商動態', en: 'News' },
  policies: { 'zh-CN': '政策', 'zh-TW': '政策', en: 'Policies' },
  opportunities: { 'zh-CN': '投资机会', 'zh-TW': '投資機會', en: 'Opportunities' },
  bulletins: { 'zh-CN': '数据发布', 'zh-TW': '數據發佈', en: 'Data releases' },
  contact: { 'zh-CN': '联系我们', 'zh-TW': '聯繫我們', en: 'Contact' },
  account: { 'zh-CN': '企业入驻', 'zh-TW': '企業入駐', en: 'Company sign-up' },
  submit: { 'zh-CN': '有想补充的信息？点我投稿', 'zh-TW': '有想補充的資訊？點我投稿', en: 'Something to add? Send it to us' },
  largeOn: { 'zh-CN': '长者模式', 'zh-TW': '長者模式', en: 'Large text' },
  largeOff: { 'zh-CN': '标准字号', 'zh-TW': '標準字號', en: 'Standard text' },
  languages: { 'zh-CN': '语言', 'zh-TW': '語言', en: 'Language' },
  mainNav: { 'zh-CN': '主导航', 'zh-TW': '主導航', en: 'Main navigation' },
  feed: { 'zh-CN': 'RSS 订阅', 'zh-TW': 'RSS 訂閱', en: 'RSS feed' },
  atom: { 'zh-CN': 'Atom 订阅', 'zh-TW': 'Atom 訂閱', en: 'Atom feed' },
  sitemap: { 'zh-CN': '网站地图', 'zh-TW': '網站地圖', en: 'Sitemap' },
  footer: {
    'zh-CN': '本站由市发展和改革委员会主办。所有数据均为已审核并公开发布的数据。',
    'zh-TW': '本站由市發展和改革委員會主辦。所有數據均為已審核並公開發佈的數據。',
    en: 'Run by the municipal Development and Reform Commission. Every figure shown has been approved and published.',
  },
} as const;

export interface PortalPage {
  locale: Locale;
  /** The page's own title; the site's name is added after it. */
  title: string;
  description: string;
  /** The page's path without the language prefix: '/', '/articles/abc'. */
  path: string;
  body: SafeHtml;
  /** Not to be indexed (search results, error pages). */
  noindex?: boolean;
  /** The reader chose large text (长者模式); sendPortalPage reads it from the request. */
  largeText?: boolean;
  /** The address of this answer with its query (the large-text switch keeps the filters). */
  currentUrl?: string;
  /** Links to alternative formats, e.g. the RSS feed of a list. */
  feedUrl?: string;
}

/** The large-text switch's target: the same address with the choice in the query. */
function largeTextHref(currentUrl: string, turnOn: boolean): string {
  const url = new URL(currentUrl, 'http://portal.local');
  url.searchParams.set(LARGE_TEXT_QUERY, turnOn ? '1' : '0');
  return `${url.pathname}${url.search}`;
}

/** Which top-level section a path belongs to, for aria-current in the navigation. */
function sectionOf(path: string): string {
  const first = (path.split('?')[0] ?? '').split('/').filter(Boolean)[0];
  return first ? `/${first}` : '/';
}

/** The whole HTML document of a portal page. */
export function renderPortalPage(page: PortalPage): string {
  const { locale, path } = page;
  const t = (key: keyof typeof T) => portalText(locale, T[key]);
  const site = portalText(locale, PORTAL_SITE_NAME);
  const fullTitle = path === '/' ? site : `${page.title} - ${site}`;
  const current = sectionOf(path);
  const large = page.largeText === true;
  const currentUrl = page.currentUrl ?? portalPath(locale, path);
  const nav = (['/', '/articles', '/policies', '/opportunities', '/bulletins', '/contact'] as const).map((p) => {
    const key = p === '/' ? 'home' : (p.slice(1) as keyof typeof T);
    return html`<li><a href="${portalPath(locale, p)}"${current === p ? raw(' aria-current="page"') : ''}>${t(key)}</a></li>`;
  });
  const languages = LOCALES.map((l) => html`<a href="${portalPath(l, path)}" lang="${HTML_LANG[l]}" hreflang="${HREFLANG[l]}"${l === locale ? raw(' aria-current="true"') : ''}>${LANGUAGE_NAMES[l]}</a>`);
  const alternates = LOCALES.map((l) => html`<link rel="alternate" hreflang="${HREFLANG[l]}" href="${portalPath(l, path)}">`);
  return html`<!doctype html>
<html lang="${HTML_LANG[locale]}"${large ? raw(' class="large-text"') : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
<meta name="description" content="${page.description}">
${page.noindex ? raw('<meta name="robots" content="noindex">') : ''}
<link rel="canonical" href="${portalPath(locale, path)}">
${alternates}
<link rel="alternate" hreflang="x-default" href="${portalPath('zh-CN', path)}">
<link rel="alternate" type="application/rss+xml" title="${site}" href="${page.feedUrl ?? portalPath(locale, '/feed.xml')}">
<link rel="alternate" type="application/atom+xml" title="${site}" href="${portalPath(locale, '/atom.xml')}">
<link rel="stylesheet" href="${PORTAL_STYLE.url}">
<script src="${PORTAL_SCRIPT.url}" defer></script>
</head>
<body>
<a class="skip" href="#main">${t('skip')}</a>
<header class="site">
<div class="wrap top">
<a class="brand" href="${portalPath(locale, '/')}">${site}</a>
<div class="tools">
<span role="group" aria-label="${t('languages')}">${languages.map((a, i) => (i === 0 ? a : html` | ${a}`))}</span>
<a href="${largeTextHref(currentUrl, !large)}" data-large-text-toggle data-label-on="${t('largeOn')}" data-label-off="${t('largeOff')}" role="button" aria-pressed="${large ? 'true' : 'false'}">${large ? t('largeOff') : t('largeOn')}</a>
<a href="${portalPath(locale, '/account')}">${t('account')}</a>
</div>
</div>
<nav class="main" aria-label="${t('mainNav')}"><div class="wrap"><ul>${nav}</ul></div></nav>
</header>
<main id="main" tabindex="-1"><div class="wrap">
${page.body}
</div></main>
<footer class="site"><div class="wrap">
<ul>
<li><a href="${portalPath(locale, '/submit')}">${t('submit')}</a></li>
<li><a href="${portalPath(locale, '/contact')}">${t('contact')}</a></li>
<li><a href="${portalPath(locale, '/account')}">${t('account')}</a></li>
<li><a href="${portalPath(locale, '/feed.xml')}">${t('feed')}</a></li>
<li><a href="${portalPath(locale, '/atom.xml')}">${t('atom')}</a></li>
<li><a href="/portal/sitemap.xml">${t('sitemap')}</a></li>
</ul>
<p>${t('footer')}</p>
</div></footer>
</body>
</html>
`.value;
}

/** The page's language from its address: /portal/en/… is English, /portal/zh-tw/… Traditional. */
export function portalLocaleOf(request: FastifyRequest): Locale {
  const path = request.url.split('?')[0] ?? '';
  for (const locale of LOCALES) {
    const prefix = PORTAL_LANGUAGE_PREFIX[locale];
    if (prefix && (path === `/portal${prefix}` || path.startsWith(`/portal${prefix}/`))) return locale;
  }
  return 'zh-CN';
}

/** The reader's large-text choice: the query sets it (and the cookie), else the cookie keeps it. */
export function largeTextOf(request: FastifyRequest, reply: FastifyReply): boolean {
  const query = (request.query ?? {}) as Record<string, unknown>;
  const asked = query[LARGE_TEXT_QUERY];
  if (asked === '1' || asked === '0') {
    reply.setCookie(LARGE_TEXT_COOKIE, asked, { path: '/portal', sameSite: 'lax', maxAge: asked === '1' ? 31_536_000 : 0, httpOnly: false });
    return asked === '1';
  }
  return request.cookies?.[LARGE_TEXT_COOKIE] === '1';
}

/** The portal pages' own policy: nothing inline, nothing from elsewhere. */
export const PORTAL_CSP = [
  "default-src 'self'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'self'", "object-src 'none'",
  "img-src 'self' data:", "script-src 'self'", "script-src-attr 'none'", "style-src 'self'", "style-src-attr 'none'",
].join(';');

/** A page carrying a form (a filter, a sign-up, a submission). */
const CARRIES_FORM = /<form[\s>]/i;

/**
 * Sends a body built by the portal (a page, a feed, the sitemap): ETag and a short public max-age
 * (a 304 when unchanged), or `no-store` for a visitor's own page (`private`: a form with its
 * challenge, an account's data); gzip or brotli when the browser accepts it. A page carrying a form
 * is sent with Referrer-Policy same-origin: under the app's no-referrer a browser posts a form with
 * `Origin: null`, which the origin check refuses.
 */
export function sendPortalBody(reply: FastifyReply, body: string, type: string, status = 200, options: { private?: boolean } = {}): FastifyReply {
  const request = reply.request;
  reply.header('content-security-policy', PORTAL_CSP);
  reply.header('vary', 'Accept-Encoding, Cookie');
  if (type.startsWith('text/html') && CARRIES_FORM.test(body)) reply.header('referrer-policy', 'same-origin');
  if (status === 200 && !options.private) {
    const etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`;
    reply.header('etag', etag).header('cache-control', 'public, max-age=60');
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
  } else {
    reply.header('cache-control', 'no-store');
  }
  reply.code(status).type(type);
  const accepts = String(request.headers['accept-encoding'] ?? '');
  if (body.length > 1024 && /\bbr\b/.test(accepts)) {
    return reply.header('content-encoding', 'br').send(brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } }));
  }
  if (body.length > 1024 && /\bgzip\b/.test(accepts)) return reply.header('content-encoding', 'gzip').send(gzipSync(body, { level: 6 }));
  return reply.send(body);
}

/** Renders and sends a portal page in the request's language, with the reader's large-text choice. */
export function sendPortalPage(reply: FastifyReply, page: Omit<PortalPage, 'largeText' | 'currentUrl'> & { status?: number }): FastifyReply {
  const largeText = largeTextOf(reply.request, reply);
  // The content is written in Simplified characters: a Traditional reader's page shows it in Traditional.
  const shown = page.locale === 'zh-TW'
    ? { ...page, title: toTraditional(page.title), description: toTraditional(page.description), body: raw(toTraditional(page.body.value)) }
    : page;
  const document = renderPortalPage({ ...shown, largeText, currentUrl: reply.request.url });
  return sendPortalBody(reply, document, 'text/html; charset=utf-8', page.status ?? 200);
}

/**
 * Sends a visitor's own page (a form with its challenge, an account's submissions): never kept by
 * a cache, never indexed, with the reader's large-text choice. Its texts are already in the page's
 * language (a sender's own words stay as typed).
 */
export function sendPrivatePortalPage(reply: FastifyReply, page: Omit<PortalPage, 'largeText' | 'currentUrl' | 'noindex'>, status = 200): FastifyReply {
  const document = renderPortalPage({ ...page, noindex: true, largeText: largeTextOf(reply.request, reply), currentUrl: reply.request.url });
  return sendPortalBody(reply, document, 'text/html; charset=utf-8', status, { private: true });
}
