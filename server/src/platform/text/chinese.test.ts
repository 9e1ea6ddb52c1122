import { describe, expect, it } from 'vitest';
import { toSimplified, toTraditional } from './chinese';

describe('Simplified and Traditional text', () => {
  it('reads Traditional input as Simplified, phrases included', () => {
    expect(toSimplified('武漢市統計局：固定資產投資增長4.6%')).toBe('武汉市统计局：固定资产投资增长4.6%');
    expect(toSimplified('已是简体')).toBe('已是简体');
  });

  it('writes Simplified text as a Traditional reader reads it', () => {
    expect(toTraditional('招商引资项目签约')).toBe('招商引資項目簽約');
    // Converted again on a later call (the converter is built once, on first use).
    expect(toTraditional('区')).toBe('區');
  });
});
