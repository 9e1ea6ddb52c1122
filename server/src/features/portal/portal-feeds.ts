import type { FastifyInstance, FastifyRequest } from 'fastify';
import { LOCALES, PORTAL_TOPIC_LABELS, portalPath, type Locale } from '@hongtu/domain';
import type { Deps } from '../../platform/deps';
import { createPublishedArticles } from '../portal-articles/portal-articles.public';
import { createPublicPolicies } from '../policies/policies.public';
import { createPublishedBulletins } from './portal-bulletins';
import { toTraditional } from '../../platform/text/chinese';
import { escapeHtml } from './portal-html';
import { PORTAL_SITE_NAME, sendPortalBody } from './portal-layout';
import { createPublicOpportunities } from './portal-opportunities';
import { W } from './portal-words';

// The portal for machines: the sitemap (every page in its three languages), an RSS 2.0 and an Atom
// 1.0 feed of the published articles per language, and robots.txt. Published items only, like the pages.

const HREFLANG: Record<Locale, string> = { 'zh-CN': 'zh-Hans', 'zh-TW': 'zh-Hant', en: 'en' };
const FEED_SIZE = 50;
const SITEMAP_ARTICLES = 20_000;

/** The site's origin as the request reached it (a proxy's forwarded host and scheme when it is trusted). */
function originOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

const xml = (text: string) => escapeHtml(text);

/**
 * The tag: URI (RFC 4151) naming the portal's feeds and entries: the same whatever host or proxy
 * the reader came through, and an article's the same when its address (slug) is changed.
 */
export const ATOM_TAG = 'tag:hongtu.portal,2026:';
/** An article's entry in one language's feed (the Traditional and English entries are their own). */
export const atomEntryId = (locale: Locale, articleId: number) => `${ATOM_TAG}${locale}/article/${articleId}`;

/** A stored time as RFC 3339 (Atom's date-time), UTC. */
const rfc3339 = (iso: string) => new Date(iso).toISOString();

export function registerPortalFeeds(app: FastifyInstance, deps: Deps, routeConfig: object): void {
  const articles = createPublishedArticles(deps);
  const policies = createPublicPolicies(deps);
  const opportunities = createPublicOpportunities(deps);
  const bulletins = createPublishedBulletins(deps);
  const options = { config: routeConfig, schema: { hide: true } };

  app.get('/portal/sitemap.xml', options, async (request, reply) => {
    const origin = originOf(request);
    const today = new Date(deps.clock.now()).toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });
    const [articleRows, policyRows, opportunityRows, months] = await Promise.all([
      articles.sitemap(SITEMAP_ARTICLES), policies.sitemap(today, 10_000), opportunities.list({ limit: 1000 }), bulletins.months(240),
    ]);
    const pages: { path: string; lastmod?: string }[] = [
      { path: '/' }, { path: '/articles' }, { path: '/policies' }, { path: '/opportunities' }, { path: '/bulletins' }, { path: '/contact' },
      ...articleRows.map((a) => ({ path: `/articles/${encodeURIComponent(a.slug)}`, lastmod: a.updatedAt })),
      ...policyRows.map((p) => ({ path: `/policies/${p.id}`, lastmod: p.issuedOn })),
      ...opportunityRows.map((o) => ({ path: `/opportunities/${o.id}`, lastmod: o.publishedAt })),
      ...months.map((m) => ({ path: `/bulletins/${m.periodKey}`, lastmod: m.publishedAt })),
    ];
    const alternates = (path: string) => LOCALES.map((l) => `<xhtml:link rel="alternate" hreflang="${HREFLANG[l]}" href="${xml(origin + portalPath(l, path))}"/>`).join('');
    const urls = pages.flatMap((p) => LOCALES.map((l) =>
      `<url><loc>${xml(origin + portalPath(l, p.path))}</loc>${p.lastmod ? `<lastmod>${xml(p.lastmod.slice(0, 10))}</lastmod>` : ''}${alternates(p.path)}</url>`));
    const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
    return sendPortalBody(reply, body, 'application/xml; charset=utf-8');
  });

  for (const locale of LOCALES) {
    app.get(portalPath(locale, '/feed.xml'), options, async (request, reply) => {
      const origin = originOf(request);
      const { items } = await articles.list({ page: 1, pageSize: FEED_SIZE });
      const channelTitle = `${PORTAL_SITE_NAME[locale]} - ${W.rssTitle[locale]}`;
      const entries = items.map((a) => {
        const link = origin + portalPath(locale, `/articles/${encodeURIComponent(a.slug)}`);
        return `<item><title>${xml(a.title)}</title><link>${xml(link)}</link><guid isPermaLink="true">${xml(link)}</guid>`
          + `<pubDate>${new Date(a.publishedAt).toUTCString()}</pubDate><description>${xml(a.summary)}</description></item>`;
      });
      const body = `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>`
        + `<title>${xml(channelTitle)}</title><link>${xml(origin + portalPath(locale, '/articles'))}</link>`
        + `<atom:link href="${xml(origin + portalPath(locale, '/feed.xml'))}" rel="self" type="application/rss+xml"/>`
        + `<description>${xml(W.articlesDescription[locale])}</description><language>${locale === 'en' ? 'en' : locale.toLowerCase()}</language>`
        + `${items[0] ? `<lastBuildDate>${new Date(items[0].publishedAt).toUTCString()}</lastBuildDate>` : ''}\n${entries.join('\n')}\n</channel></rss>\n`;
      return sendPortalBody(reply, locale === 'zh-TW' ? toTraditional(body) : body, 'application/rss+xml; charset=utf-8');
    });
  }

  for (const locale of LOCALES) {
    app.get(portalPath(locale, '/atom.xml'), options, async (request, reply) => {
      const origin = originOf(request);
      const { items } = await articles.list({ page: 1, pageSize: FEED_SIZE });
      // The feed changed when its newest entry did; an empty feed says when it was asked for.
      const updated = items.reduce((latest, a) => (rfc3339(a.updatedAt) > latest ? rfc3339(a.updatedAt) : latest), items.length ? '' : deps.clock.now().toISOString());
      const site = PORTAL_SITE_NAME[locale];
      const entries = items.map((a) => {
        const link = origin + portalPath(locale, `/articles/${encodeURIComponent(a.slug)}`);
        return `<entry><id>${xml(atomEntryId(locale, a.id))}</id><title type="text">${xml(a.title)}</title>`
          + `<link rel="alternate" type="text/html" href="${xml(link)}"/>`
          + `<published>${rfc3339(a.publishedAt)}</published><updated>${rfc3339(a.updatedAt)}</updated>`
          + `<category term="${xml(a.topic)}" label="${xml(PORTAL_TOPIC_LABELS[a.topic][locale])}"/>`
          + `<summary type="text">${xml(a.summary || a.title)}</summary></entry>`;
      });
      const body = `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${HREFLANG[locale]}">`
        + `<id>${xml(`${ATOM_TAG}${locale}/articles`)}</id><title type="text">${xml(`${site} - ${W.rssTitle[locale]}`)}</title>`
        + `<subtitle type="text">${xml(W.articlesDescription[locale])}</subtitle><updated>${updated}</updated><author><name>${xml(site)}</name></author>`
        + `<link rel="self" type="application/atom+xml" href="${xml(origin + portalPath(locale, '/atom.xml'))}"/>`
        + `<link rel="alternate" type="text/html" href="${xml(origin + portalPath(locale, '/articles'))}"/>\n${entries.join('\n')}\n</feed>\n`;
      return sendPortalBody(reply, locale === 'zh-TW' ? toTraditional(body) : body, 'application/atom+xml; charset=utf-8');
    });
  }

  // The staff app is not for search engines; the portal is, with its feeds — but not a visitor's own
  // pages (an account, the forms) in any language.
  app.get('/robots.txt', options, async (request, reply) => {
    const own = LOCALES.flatMap((l) => ['/account', '/submit'].map((p) => `Disallow: ${portalPath(l, p)}\n`)).join('');
    const body = `User-agent: *\nAllow: /portal\n${own}Disallow: /\n\nSitemap: ${originOf(request)}/portal/sitemap.xml\n`;
    return sendPortalBody(reply, body, 'text/plain; charset=utf-8');
  });
}
