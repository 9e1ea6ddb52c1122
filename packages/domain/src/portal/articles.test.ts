import { describe, expect, it } from 'vitest';
import { articleActions, coverImageComplete, isArticleSlug, isArticleVisible, isSafeArticleUrl, mayTakeArticleAction } from './articles';

describe('portal articles: workflow and actors', () => {
  const district = { role: 'district_operator', inScope: true } as const;
  const reviewer = { role: 'city_reviewer', inScope: true } as const;

  it('edits and submits a draft, publishes only from review, withdraws only what is published', () => {
    expect(articleActions('draft', district)).toEqual(['edit', 'submit']);
    expect(articleActions('in_review', district)).toEqual(['publish', 'return']);
    expect(articleActions('published', reviewer)).toEqual(['withdraw']);
    expect(articleActions('withdrawn', reviewer)).toEqual(['return']);
    expect(mayTakeArticleAction('draft', reviewer, 'publish')).toBe(false);
  });

  it('gives nothing outside the actor scope nor to roles that do not write articles', () => {
    expect(articleActions('draft', { role: 'district_operator', inScope: false })).toEqual([]);
    expect(articleActions('in_review', { role: 'city_reviewer', inScope: false })).toEqual([]);
    expect(articleActions('draft', { role: 'leader', inScope: true })).toEqual([]);
    expect(articleActions('published', { role: 'system_admin', inScope: true })).toEqual([]);
  });
});

describe('portal articles: what the public sees', () => {
  const now = '2026-12-03T06:00:00.000Z';
  it('shows published articles whose time has come, never drafts, reviews or withdrawn ones', () => {
    expect(isArticleVisible({ status: 'published', publishAt: null }, now)).toBe(true);
    expect(isArticleVisible({ status: 'published', publishAt: '2026-12-03T06:00:00.000Z' }, now)).toBe(true);
    expect(isArticleVisible({ status: 'published', publishAt: '2026-12-03T06:00:00.001Z' }, now)).toBe(false);
    for (const status of ['draft', 'in_review', 'withdrawn'] as const) expect(isArticleVisible({ status, publishAt: null }, now)).toBe(false);
  });
});

describe('portal articles: input rules', () => {
  it('accepts lower-case hyphenated slugs only', () => {
    expect(isArticleSlug('wuhan-2021-report')).toBe(true);
    for (const bad of ['', 'Wuhan', 'a--b', '-a', 'a-', '武汉', 'a b', 'a/b', 'x'.repeat(81)]) expect(isArticleSlug(bad)).toBe(false);
  });

  it('asks a cover image for its text alternative', () => {
    expect(coverImageComplete({ url: null, alt: null })).toBe(true);
    expect(coverImageComplete({ url: 'https://example.org/a.jpg', alt: '武汉临空经济示范区' })).toBe(true);
    expect(coverImageComplete({ url: 'https://example.org/a.jpg', alt: ' ' })).toBe(false);
    expect(coverImageComplete({ url: null, alt: '说明' })).toBe(false);
  });

  it('keeps http(s) and relative addresses only', () => {
    for (const ok of ['https://wuhan.gov.cn/x', 'http://a.b/c', '/portal/articles/a', 'img/a.png', '#top', '?q=1']) expect(isSafeArticleUrl(ok)).toBe(true);
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html;base64,xx', 'mailto:a@b.c', '//evil.example/x', 'vbscript:x']) expect(isSafeArticleUrl(bad)).toBe(false);
  });
});
