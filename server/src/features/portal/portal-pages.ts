import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LOCALES, PORTAL_TOPICS, REPORTING_UNIT_KINDS, isPortalTopic, parsePeriodKey, periodLabel, portalPath, type Locale } from '@hongtu/domain';
import type { Deps } from '../../platform/deps';
import { PUBLISHED_FEED_OFFSET_PAGES, createPublishedArticles } from '../portal-articles/portal-articles.public';
import { createPublicPolicies } from '../policies/policies.public';
import { createPublishedBulletins } from './portal-bulletins';
import { html, raw } from './portal-html';
import { portalLocaleOf, sendPortalPage } from './portal-layout';
import { createPublicOpportunities } from './portal-opportunities';
import { articleList, opportunityCard, opportunityFacts, pager, policyItem, select, topicLabel } from './portal-views';
import { portalDate, word } from './portal-words';

const PAGE_SIZE = 20;
type Query = Record<string, string | undefined>;

/** A positive integer of the address, or undefined (anything else is ignored, never an error page). */
function positiveInt(value: string | undefined, max = 1_000_000): number | undefined {
  if (!value || !/^\d{1,9}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 && n <= max ? n : undefined;
}

/** A search text of the address: trimmed, at most 100 characters. */
function searchText(value: string | undefined): string | undefined {
  const text = typeof value === 'string' ? value.trim().slice(0, 100) : '';
  return text || undefined;
}

function shanghaiToday(now: Date): string {
  return now.toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });
}

/** The portal's own 404: a real page in the reader's language, never the staff app. */
export function sendNotFound(reply: FastifyReply, locale: Locale): FastifyReply {
  return sendPortalPage(reply, {
    locale, status: 404, noindex: true, title: word(locale, 'notFound'), description: word(locale, 'notFoundBody'),
    path: '/', body: html`<h1>${word(locale, 'notFound')}</h1><p>${word(locale, 'notFoundBody')}</p><p><a href="${portalPath(locale, '/')}">${word(locale, 'backHome')}</a></p>`,
  });
}

/** Registers the public pages, each under the three language prefixes. */
export function registerPortalPages(app: FastifyInstance, deps: Deps, routeConfig: object): void {
  const articles = createPublishedArticles(deps);
  const policies = createPublicPolicies(deps);
  const opportunities = createPublicOpportunities(deps);
  const bulletins = createPublishedBulletins(deps);
  const districtsOf = () => deps.db.selectFrom('organisations').select(['id', 'name']).where('kind', 'in', REPORTING_UNIT_KINDS).orderBy('code').execute();

  type Handler = (request: FastifyRequest, reply: FastifyReply, locale: Locale, query: Query, params: Record<string, string>) => Promise<FastifyReply>;
  const page = (path: string, handler: Handler) => {
    for (const locale of LOCALES) {
      app.get(portalPath(locale, path), { config: routeConfig, schema: { hide: true } }, (request, reply) =>
        handler(request, reply, locale, (request.query ?? {}) as Query, (request.params ?? {}) as Record<string, string>));
    }
  };

  page('/', async (_request, reply, locale) => {
    const [byTopic, latestMonth, featured] = await Promise.all([
      Promise.all(PORTAL_TOPICS.map((topic) => articles.list({ topic, page: 1, pageSize: 5 }))),
      bulletins.months(1),
      opportunities.list({ limit: 4 }),
    ]);
    const month = latestMonth[0];
    const monthPeriod = month ? parsePeriodKey(month.periodKey) : null;
    const body = html`<h1 class="visually-hidden">${word(locale, 'homeDescription')}</h1>
<div class="grid">${PORTAL_TOPICS.map((topic, i) => html`<section><h2>${topicLabel(locale, topic)}</h2>${articleList(locale, byTopic[i]!.items)}
<p><a href="${portalPath(locale, '/articles')}?topic=${topic}">${word(locale, 'more')}: ${topicLabel(locale, topic)}</a></p></section>`)}</div>
<section><h2>${word(locale, 'latestBulletin')}</h2>${month && monthPeriod
      ? html`<p><a href="${portalPath(locale, `/bulletins/${month.periodKey}`)}">${word(locale, 'bulletinOf', { period: periodLabel(monthPeriod, locale, { withYear: true }) })}</a> <span class="meta">${word(locale, 'published')} ${portalDate(locale, month.publishedAt)}</span></p>`
      : html`<p>${word(locale, 'none')}</p>`}</section>
<section><h2>${word(locale, 'featured')}</h2>${featured.length ? html`<div class="grid">${featured.map((o) => opportunityCard(locale, o))}</div>` : html`<p>${word(locale, 'none')}</p>`}
<p><a href="${portalPath(locale, '/opportunities')}">${word(locale, 'more')}: ${word(locale, 'opportunities')}</a></p></section>`;
    return sendPortalPage(reply, { locale, title: word(locale, 'homeDescription'), description: word(locale, 'homeDescription'), path: '/', body });
  });

  page('/articles', async (_request, reply, locale, query) => {
    const topic = isPortalTopic(query.topic) ? query.topic : undefined;
    const districtId = positiveInt(query.district);
    const q = searchText(query.q);
    const asked = positiveInt(query.page, 1_000_000) ?? 1;
    // A deep page is reached from its neighbour (the pager's links); by its number alone only the first pages.
    const after = positiveInt(query.after);
    const before = after === undefined ? positiveInt(query.before) : undefined;
    if (asked > PUBLISHED_FEED_OFFSET_PAGES && after === undefined && before === undefined) return sendNotFound(reply, locale);
    const [list, districts] = await Promise.all([articles.list({ topic, districtId, q, page: asked, pageSize: PAGE_SIZE, after, before }), districtsOf()]);
    const pageNo = list.page;
    const first = list.items[0];
    const last = list.items.at(-1);
    const title = topic ? topicLabel(locale, topic) : word(locale, 'articles');
    const body = html`<h1>${title}</h1>
<form class="filters" method="get" action="${portalPath(locale, '/articles')}" role="search">
${select('topic', word(locale, 'topic'), [{ value: '', label: word(locale, 'all') }, ...PORTAL_TOPICS.map((t) => ({ value: t, label: topicLabel(locale, t) }))], topic)}
${select('district', word(locale, 'district'), [{ value: '', label: word(locale, 'all') }, ...districts.map((d) => ({ value: String(d.id), label: d.name }))], districtId ? String(districtId) : undefined)}
<label>${word(locale, 'keywords')}<input type="search" name="q" value="${q ?? ''}" maxlength="100"></label>
<button type="submit">${word(locale, 'filter')}</button>
</form>
${articleList(locale, list.items)}
${pager(locale, '/articles', { topic, district: districtId, q }, pageNo, list.total, PAGE_SIZE, first && last ? { first: first.id, last: last.id } : undefined)}`;
    // A filtered or later page is the same list: indexed once, under the plain feed's address.
    const filtered = Boolean(districtId || q || pageNo > 1 || after || before);
    return sendPortalPage(reply, { locale, title, description: word(locale, 'articlesDescription'), path: topic && !filtered ? `/articles?topic=${topic}` : '/articles', body, noindex: filtered });
  });

  page('/articles/:slug', async (_request, reply, locale, _query, params) => {
    const slug = params.slug ?? '';
    const article = slug.length <= 200 ? await articles.find(slug) : null;
    if (!article) return sendNotFound(reply, locale);
    const body = html`<article><h1>${article.title}</h1>
<p class="meta"><span class="tag">${topicLabel(locale, article.topic)}</span>${article.districtName ?? word(locale, 'city')} · ${word(locale, 'published')} <time datetime="${article.publishedAt}">${portalDate(locale, article.publishedAt)}</time>${article.source ? html` · ${word(locale, 'source')}: ${article.source}` : ''}</p>
${article.coverImageUrl ? html`<p><img src="${article.coverImageUrl}" alt="${article.coverImageAlt ?? ''}"></p>` : ''}
<div class="article-body">${raw(article.bodyHtml)}</div>
${article.tags.length ? html`<p>${article.tags.map((t) => html`<span class="tag">${t}</span>`)}</p>` : ''}
</article>`;
    return sendPortalPage(reply, { locale, title: article.title, description: article.summary || article.title, path: `/articles/${encodeURIComponent(article.slug)}`, body });
  });

  page('/policies', async (_request, reply, locale, query) => {
    const q = searchText(query.q);
    const pageNo = positiveInt(query.page, 10_000) ?? 1;
    const list = await policies.list({ today: shanghaiToday(deps.clock.now()), q, page: pageNo, pageSize: PAGE_SIZE });
    const body = html`<h1>${word(locale, 'policies')}</h1>
<form class="filters" method="get" action="${portalPath(locale, '/policies')}" role="search">
<label>${word(locale, 'keywords')}<input type="search" name="q" value="${q ?? ''}" maxlength="100"></label>
<button type="submit">${word(locale, 'search')}</button>
</form>
${list.items.length ? html`<ul class="list">${list.items.map((p) => policyItem(locale, p))}</ul>` : html`<p>${word(locale, 'none')}</p>`}
${pager(locale, '/policies', { q }, pageNo, list.total, PAGE_SIZE)}`;
    return sendPortalPage(reply, { locale, title: word(locale, 'policies'), description: word(locale, 'policiesDescription'), path: '/policies', body, noindex: Boolean(q || pageNo > 1) });
  });

  page('/policies/:id', async (_request, reply, locale, _query, params) => {
    const id = positiveInt(params.id);
    const policy = id ? await policies.find(id, shanghaiToday(deps.clock.now())) : null;
    if (!policy) return sendNotFound(reply, locale);
    const body = html`<article><h1>${policy.title}</h1>
<dl class="facts"><dt>${word(locale, 'issuer')}</dt><dd>${policy.issuer}</dd>
${policy.documentNumber ? html`<dt>${word(locale, 'documentNumber')}</dt><dd>${policy.documentNumber}</dd>` : ''}
<dt>${word(locale, 'issuedOn')}</dt><dd>${portalDate(locale, policy.issuedOn)}</dd>
<dt>${word(locale, 'validity')}</dt><dd>${policy.validTo ? `${policy.validFrom ?? policy.issuedOn} – ${policy.validTo}` : word(locale, 'openEnded')}</dd></dl>
<p>${policy.summary}</p></article>`;
    return sendPortalPage(reply, { locale, title: policy.title, description: policy.summary.slice(0, 150) || policy.title, path: `/policies/${policy.id}`, body });
  });

  page('/opportunities', async (_request, reply, locale, query) => {
    const kind = query.kind === 'project' || query.kind === 'land' ? query.kind : undefined;
    const districtId = positiveInt(query.district);
    const [list, districts] = await Promise.all([opportunities.list({ kind, districtId, limit: 200 }), districtsOf()]);
    const body = html`<h1>${word(locale, 'opportunities')}</h1>
<form class="filters" method="get" action="${portalPath(locale, '/opportunities')}">
${select('kind', word(locale, 'kind'), [{ value: '', label: word(locale, 'all') }, { value: 'project', label: word(locale, 'kindProject') }, { value: 'land', label: word(locale, 'kindLand') }], kind)}
${select('district', word(locale, 'district'), [{ value: '', label: word(locale, 'all') }, ...districts.map((d) => ({ value: String(d.id), label: d.name }))], districtId ? String(districtId) : undefined)}
<button type="submit">${word(locale, 'filter')}</button>
</form>
${list.length ? html`<div class="grid">${list.map((o) => opportunityCard(locale, o))}</div>` : html`<p>${word(locale, 'none')}</p>`}`;
    return sendPortalPage(reply, { locale, title: word(locale, 'opportunities'), description: word(locale, 'opportunitiesDescription'), path: '/opportunities', body, noindex: Boolean(kind || districtId) });
  });

  page('/opportunities/:id', async (_request, reply, locale, _query, params) => {
    const id = positiveInt(params.id);
    const o = id ? await opportunities.find(id) : null;
    if (!o) return sendNotFound(reply, locale);
    const body = html`<article><h1>${o.title}</h1>
${o.illustrative ? html`<p class="notice">${word(locale, 'illustrative')}</p>` : ''}
<p>${o.summary}</p>
${opportunityFacts(locale, o)}
<p><a href="${portalPath(locale, '/submit')}?opportunity=${o.id}">${word(locale, 'interest')}</a></p></article>`;
    return sendPortalPage(reply, { locale, title: o.title, description: o.summary.slice(0, 150), path: `/opportunities/${o.id}`, body });
  });

  page('/bulletins', async (_request, reply, locale) => {
    const months = await bulletins.months(60);
    const body = html`<h1>${word(locale, 'bulletins')}</h1><p>${word(locale, 'bulletinsDescription')}</p>
${months.length ? html`<ul class="list">${months.map((m) => {
      const p = parsePeriodKey(m.periodKey);
      return p ? html`<li><a href="${portalPath(locale, `/bulletins/${m.periodKey}`)}">${word(locale, 'bulletinOf', { period: periodLabel(p, locale, { withYear: true }) })}</a> <span class="meta">${word(locale, 'published')} ${portalDate(locale, m.publishedAt)}</span></li>` : '';
    })}</ul>` : html`<p>${word(locale, 'none')}</p>`}`;
    return sendPortalPage(reply, { locale, title: word(locale, 'bulletins'), description: word(locale, 'bulletinsDescription'), path: '/bulletins', body });
  });

  page('/bulletins/:period', async (_request, reply, locale, query, params) => {
    const periodKey = params.period ?? '';
    const period = parsePeriodKey(periodKey);
    const bulletin = period ? await bulletins.find(periodKey, locale) : null;
    if (!bulletin || !period) return sendNotFound(reply, locale);
    const chosen = bulletin.indicators.find((i) => i.code === query.indicator) ?? bulletin.indicators[0];
    const title = word(locale, 'bulletinOf', { period: periodLabel(period, locale, { withYear: true }) });
    const computedTag = html`<span class="tag computed">${word(locale, 'computed')}</span>`;
    const body = html`<h1>${title}</h1>
<p class="meta">${word(locale, 'published')} ${portalDate(locale, bulletin.publishedAt)} · ${word(locale, 'timeProgress')} ${bulletin.timeProgress}%</p>
<form class="filters" method="get" action="${portalPath(locale, `/bulletins/${periodKey}`)}">
${select('indicator', word(locale, 'indicator'), bulletin.indicators.map((i) => ({ value: i.code, label: i.name })), chosen?.code)}
<button type="submit">${word(locale, 'show')}</button></form>
${chosen ? html`<div class="table-scroll"><table aria-describedby="computed-note"><caption>${chosen.name}（${chosen.unit}）</caption>
<thead><tr><th scope="col">${word(locale, 'rank')}</th><th scope="col">${word(locale, 'district')}</th><th scope="col">${word(locale, 'ytd')}（${chosen.unit}）</th><th scope="col">${word(locale, 'yoy')}</th><th scope="col">${word(locale, 'completion')} ${computedTag}</th></tr></thead>
<tbody>${chosen.rows.map((r) => html`<tr><td>${r.rank ?? '—'}</td><th scope="row">${r.organisationName}</th><td>${r.ytdValue ?? '—'}</td><td>${r.yoy ?? '—'}${r.yoyComputed ? html` ${computedTag}` : ''}</td><td>${r.completion ?? '—'}</td></tr>`)}</tbody></table></div>
<p class="meta" id="computed-note">${word(locale, 'computedNote')}</p>` : html`<p>${word(locale, 'none')}</p>`}`;
    return sendPortalPage(reply, { locale, title, description: `${title} - ${word(locale, 'bulletinsDescription')}`, path: `/bulletins/${periodKey}`, body });
  });

  page('/contact', async (_request, reply, locale) => {
    const body = html`<h1>${word(locale, 'contact')}</h1><p>${word(locale, 'contactBody')}</p>
<dl class="facts"><dt>${word(locale, 'contactOffice')}</dt><dd>${word(locale, 'office')}</dd></dl>
<p><a href="${portalPath(locale, '/submit')}">${word(locale, 'interest')}</a></p>`;
    return sendPortalPage(reply, { locale, title: word(locale, 'contact'), description: word(locale, 'contactDescription'), path: '/contact', body });
  });

  // Anything else under /portal is the portal's own 404 (the other portal features' pages are matched first).
  app.get('/portal/*', { config: routeConfig, schema: { hide: true } }, async (request, reply) => sendNotFound(reply, portalLocaleOf(request)));
}
