import { describe, expect, it } from 'vitest';
import { gaugeOption } from './gaugeOption';

/* eslint-disable @typescript-eslint/no-explicit-any -- reading into the ECharts option union */
describe('gaugeOption', () => {
  it('fills the dial to the time progress (October: 83.33 %)', () => {
    const series = (gaugeOption('83.333333', '时序进度').series as any[])[0];
    expect(series.type).toBe('gauge');
    expect(series.min).toBe(0);
    expect(series.max).toBe(100);
    expect(series.data).toEqual([{ value: 83.333333, name: '时序进度' }]);
  });
});
