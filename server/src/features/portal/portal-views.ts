import { PORTAL_TOPIC_LABELS, portalPath, type Locale, type PortalTopic } from '@hongtu/domain';
import type { PublishedArticleSummary } from '../portal-articles/portal-articles.public';
import type { PublicPolicy } from '../policies/policies.public';
import { html, raw, type SafeHtml } from './portal-html';
import type { PublicOpportunity } from './portal-opportunities';
import { portalDate, word } from './portal-words';

// Fragments of the portal's pages (lists, cards, facts), shared by the pages that show them.

export function topicLabel(locale: Locale, topic: PortalTopic): string {
  return PORTAL_TOPIC_LABELS[topic][locale];
}

export function articleItem(locale: Locale, a: PublishedArticleSummary): SafeHtml {
  return html`<li><h3><a href="${portalPath(locale, `/articles/${encodeURIComponent(a.slug)}`)}">${a.title}</a></h3>
<p class="meta"><span class="tag">${topicLabel(locale, a.topic)}</span>${a.districtName ?? word(locale, 'city')} · <time datetime="${a.publishedAt}">${portalDate(locale, a.publishedAt)}</time></p>
${a.summary ? html`<p class="summary">${a.summary}</p>` : ''}</li>`;
}

export function articleList(locale: Locale, items: readonly PublishedArticleSummary[]): SafeHtml {
  return items.length === 0 ? html`<p>${word(locale, 'none')}</p>` : html`<ul class="list">${items.map((a) => articleItem(locale, a))}</ul>`;
}

export function policyItem(locale: Locale, p: PublicPolicy): SafeHtml {
  const validity = p.validTo ? `${p.validFrom ?? p.issuedOn} – ${p.validTo}` : word(locale, 'openEnded');
  return html`<li><h3><a href="${portalPath(locale, `/policies/${p.id}`)}">${p.title}</a></h3>
<p class="meta">${p.issuer}${p.documentNumber ? html` · ${p.documentNumber}` : ''} · ${word(locale, 'issuedOn')} <time datetime="${p.issuedOn}">${portalDate(locale, p.issuedOn)}</time> · ${word(locale, 'validity')}: ${validity}</p>
${p.summary ? html`<p class="summary">${p.summary}</p>` : ''}</li>`;
}

export function opportunityCard(locale: Locale, o: PublicOpportunity): SafeHtml {
  return html`<article class="card"><h3><a href="${portalPath(locale, `/opportunities/${o.id}`)}">${o.title}</a></h3>
<p class="meta"><span class="tag">${word(locale, o.kind === 'project' ? 'kindProject' : 'kindLand')}</span>${o.districtName}${o.areaMu ? html` · ${o.areaMu} ${word(locale, 'mu')}` : ''}</p>
<p class="summary">${o.summary}</p></article>`;
}

export function opportunityFacts(locale: Locale, o: PublicOpportunity): SafeHtml {
  const row = (key: Parameters<typeof word>[1], value: string | null | undefined) => (value ? html`<dt>${word(locale, key)}</dt><dd>${value}</dd>` : '');
  const p = o.project;
  return html`<dl class="facts">
${row('district', o.districtName)}
${p ? [row('projectName', p.name), row('industry', p.industry), row('totalInvestment', p.totalInvestment ? `${p.totalInvestment} ${word(locale, 'tenThousandYuan')}` : null), row('plannedStart', p.plannedStart), row('address', p.address)] : ''}
${row('area', o.areaMu ? `${o.areaMu} ${word(locale, 'mu')}` : null)}
${row('plannedUse', o.plannedUse)}
${row('location', o.location)}
${row('conditions', o.conditions)}
${row('contactOffice', o.contactOffice)}
${o.contactPhone ? html`<dt>${word(locale, 'phone')}</dt><dd><a href="tel:${o.contactPhone.replace(/[^0-9+]/g, '')}">${o.contactPhone}</a></dd>` : ''}
${row('published', portalDate(locale, o.publishedAt))}
</dl>`;
}

/**
 * Previous / next links of a paged list, keeping its filters. With `keyset` (the ids of the page's
 * first and last items) the links name their neighbour (before / after), so that a deep page is
 * read from the index rather than by skipping the pages before it; page 1 keeps its plain address.
 */
export function pager(
  locale: Locale, path: string, query: Record<string, string | number | undefined>, page: number, total: number, pageSize: number,
  keyset?: { first: number; last: number },
): SafeHtml {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number, neighbour?: Record<string, number>) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v));
    if (p > 1) params.set('page', String(p));
    if (p > 1 && neighbour) for (const [k, v] of Object.entries(neighbour)) params.set(k, String(v));
    const search = params.toString();
    return `${portalPath(locale, path)}${search ? `?${search}` : ''}`;
  };
  return html`<nav class="pager" aria-label="${word(locale, 'pageOf', { page, pages, total })}">
${page > 1 ? html`<a rel="prev" href="${href(page - 1, keyset && { before: keyset.first })}">${word(locale, 'previous')}</a>` : ''}
<span>${word(locale, 'pageOf', { page, pages, total })}</span>
${page < pages ? html`<a rel="next" href="${href(page + 1, keyset && { after: keyset.last })}">${word(locale, 'next')}</a>` : ''}
</nav>`;
}

/** A <select> of a filter form: the chosen option marked. */
export function select(name: string, label: string, options: readonly { value: string; label: string }[], chosen: string | undefined): SafeHtml {
  return html`<label>${label}<select name="${name}">${options.map((o) => html`<option value="${o.value}"${o.value === (chosen ?? '') ? raw(' selected') : ''}>${o.label}</option>`)}</select></label>`;
}
