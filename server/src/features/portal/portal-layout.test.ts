import { describe, expect, it } from 'vitest';
import { html, raw } from './portal-html';
import { renderPortalPage } from './portal-layout';

describe('portal layout', () => {
  it('escapes every interpolation and nests SafeHtml as it is', () => {
    const inner = html`<b>${'<script>alert(1)</script>'}</b>`;
    expect(html`<p title="${'"x"'}">${inner}${raw('<i>ok</i>')}${null}${['a&b', html`<br>`]}</p>`.value)
      .toBe('<p title="&quot;x&quot;"><b>&lt;script&gt;alert(1)&lt;/script&gt;</b><i>ok</i>a&amp;b<br></p>');
  });

  it('writes the language, title, description, canonical and the three alternates', () => {
    const page = renderPortalPage({ locale: 'en', title: 'A <title>', description: 'About "this"', path: '/articles/x', body: html`<p>hi</p>` });
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('<title>A &lt;title&gt; - Hongtu Investment Portal</title>');
    expect(page).toContain('<meta name="description" content="About &quot;this&quot;">');
    expect(page).toContain('<link rel="canonical" href="/portal/en/articles/x">');
    expect(page).toContain('hreflang="zh-Hans" href="/portal/articles/x"');
    expect(page).toContain('hreflang="zh-Hant" href="/portal/zh-tw/articles/x"');
    expect(page).toContain('href="#main"');
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('noindex');
  });

  it('switches to large text through the address and keeps the query', () => {
    const off = renderPortalPage({ locale: 'zh-CN', title: '动态', description: 'd', path: '/articles', body: html``, currentUrl: '/portal/articles?topic=policy' });
    expect(off).toContain('href="/portal/articles?topic=policy&amp;large=1"');
    const on = renderPortalPage({ locale: 'zh-CN', title: '动态', description: 'd', path: '/articles', body: html``, largeText: true, noindex: true });
    expect(on).toContain('<html lang="zh-CN" class="large-text">');
    expect(on).toContain('标准字号');
    expect(on).toContain('<meta name="robots" content="noindex">');
  });
});
