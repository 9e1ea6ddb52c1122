import { describe, expect, it } from 'vitest';
import { renderArticleMarkdown } from './portal-articles.markdown';

describe('article Markdown rendering', () => {
  it('renders Markdown and escapes raw HTML instead of rendering it', () => {
    const html = renderArticleMarkdown('## 招商动态\n\n**签约** 57 个项目\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>');
    expect(html).toContain('<h2>招商动态</h2>');
    expect(html).toContain('<strong>签约</strong>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('keeps http(s) and relative links only', () => {
    const html = renderArticleMarkdown('[官网](https://www.wuhan.gov.cn/) [站内](/portal/articles/a) [坏](javascript:alert(1)) ![图](data:image/png;base64,AAAA)');
    expect(html).toContain('<a href="https://www.wuhan.gov.cn/" rel="noopener noreferrer">官网</a>');
    expect(html).toContain('<a href="/portal/articles/a">站内</a>');
    expect(html).not.toMatch(/href="javascript/i);
    expect(html).not.toContain('src="data:');
  });

  it('keeps a formula as text', () => {
    expect(renderArticleMarkdown('=HYPERLINK("http://x","y")')).toBe('<p>=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)</p>\n');
  });
});
