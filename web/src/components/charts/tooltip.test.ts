import { describe, expect, it } from 'vitest';
import { escapeHtml, tooltipHtml } from './tooltip';

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
  });

  it('leaves Chinese text and numbers alone', () => {
    expect(escapeHtml('武昌区 1202.00 亿元')).toBe('武昌区 1202.00 亿元');
  });
});

describe('tooltipHtml', () => {
  it('escapes the title, labels and values', () => {
    const html = tooltipHtml('<img src=x onerror=alert(1)>', [{ label: '<b>x</b>', value: '"1"' }]);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>x</b>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&quot;1&quot;');
  });

  it('accepts only hex colours for the series dot', () => {
    expect(tooltipHtml('t', [{ label: 'a', value: '1', colour: '#f5222d' }])).toContain('background:#f5222d');
    const injected = tooltipHtml('t', [{ label: 'a', value: '1', colour: 'red;background:url(javascript:x)' }]);
    expect(injected).not.toContain('javascript');
  });
});
