import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ProgressBar } from './ProgressBar';

describe('ProgressBar', () => {
  it('is a named progressbar with its value, the fill as wide as the value', () => {
    const html = renderToString(<ProgressBar percent={75} color="#fa541c" label="时序进度 75.00%" />);
    expect(html).toContain('role="progressbar"');
    expect(html).toContain('aria-label="时序进度 75.00%"');
    expect(html).toContain('aria-valuenow="75"');
    expect(html).toContain('width:75%');
  });

  it('draws a value outside 0–100 at the nearest end', () => {
    expect(renderToString(<ProgressBar percent={130} color="red" label="x" />)).toContain('aria-valuenow="100"');
    expect(renderToString(<ProgressBar percent={-5} color="red" label="x" />)).toContain('width:0%');
    expect(renderToString(<ProgressBar percent={Number.NaN} color="red" label="x" />)).toContain('aria-valuenow="0"');
  });
});
