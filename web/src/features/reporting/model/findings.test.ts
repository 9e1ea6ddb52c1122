import { describe, expect, it } from 'vitest';
import type { CheckFinding } from '@hongtu/contracts';
import { countSeverities, findingsByIndicator, sortFindings, worstSeverity } from './findings';

const f = (indicatorCode: string | null, severity: 'error' | 'warning', code = 'X'): CheckFinding => ({ indicatorCode, severity, code, message: `${indicatorCode}:${code}` });

describe('findings', () => {
  const list = [f('gdp', 'warning', 'YOY_MISMATCH_EXPLAINED'), f('fdi', 'error', 'MISSING'), f(null, 'warning'), f('gdp', 'error', 'UNIT_SLIP')];

  it('sorts errors first and keeps the order within a severity', () => {
    expect(sortFindings(list).map((x) => x.message)).toEqual(['fdi:MISSING', 'gdp:UNIT_SLIP', 'gdp:YOY_MISMATCH_EXPLAINED', 'null:X']);
  });

  it('groups by indicator, month-wide findings under the empty key', () => {
    const grouped = findingsByIndicator(list);
    expect(grouped.get('gdp')?.map((x) => x.code)).toEqual(['YOY_MISMATCH_EXPLAINED', 'UNIT_SLIP']);
    expect(grouped.get('')).toHaveLength(1);
  });

  it('counts and ranks severities', () => {
    expect(countSeverities(list)).toEqual({ errors: 2, warnings: 2 });
    expect(worstSeverity(findingsByIndicator(list).get('gdp'))).toBe('error');
    expect(worstSeverity([f('x', 'warning')])).toBe('warning');
    expect(worstSeverity(undefined)).toBeNull();
  });
});
