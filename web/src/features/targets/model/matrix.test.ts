import { describe, expect, it } from 'vitest';
import type { Indicator, Target } from '@hongtu/contracts';
import { cellOfDetail, cellValue, copyFromLastYear, isEdited, matrixCells, targetsByCell, withEdit, withoutCells } from './matrix';

const target = (over: Partial<Target>): Target => ({
  id: 1, year: 2026, organisationId: 7, indicatorCode: 'gdp', amountTarget: '1509', amountComparator: 'ge', growthTarget: '7',
  growthComparator: 'ge', noTarget: false, schedule: null, source: 'entered', sourceRef: null, sourceQuote: null, version: 2, ...over,
});
const indicator = (code: string, direction: Indicator['direction'] = 'higher') => ({ code, direction }) as Indicator;
const indicators = [indicator('gdp'), indicator('unemployment', 'lower')];

describe('the targets matrix', () => {
  const stored = targetsByCell([target({}), target({ organisationId: 8, noTarget: true, amountTarget: null, growthTarget: null, amountComparator: null, growthComparator: null })]);

  it('shows what was typed, else what is stored; typing the stored value back forgets the edit', () => {
    let edits = withEdit({}, stored, 7, 'gdp', 'amount', '1,600');
    expect(cellValue(edits, stored, 7, 'gdp', 'amount')).toBe('1,600');
    expect(cellValue(edits, stored, 7, 'gdp', 'growth')).toBe('7');
    expect(isEdited(edits, 7, 'gdp', 'amount')).toBe(true);
    edits = withEdit(edits, stored, 7, 'gdp', 'amount', '1509');
    expect(edits).toEqual({});
  });

  it('saves one cell per edited district × indicator, with the stored comparators and version, or a new one by direction', () => {
    let edits = withEdit({}, stored, 7, 'gdp', 'amount', '1,600');
    edits = withEdit(edits, stored, 7, 'gdp', 'growth', '7.5');
    edits = withEdit(edits, stored, 9, 'unemployment', 'amount', '3.2');
    edits = withEdit(edits, stored, 8, 'gdp', 'growth', '6');
    expect(matrixCells(edits, stored, indicators, 2026)).toEqual([
      { organisationId: 7, indicatorCode: 'gdp', amountTarget: '1,600', amountComparator: 'ge', growthTarget: '7.5', growthComparator: 'ge', noTarget: false, version: 2 },
      { organisationId: 9, indicatorCode: 'unemployment', amountTarget: '3.2', amountComparator: 'le', growthTarget: null, growthComparator: null, noTarget: false, version: 0 },
      // A value typed into a "no target" cell sets a target.
      { organisationId: 8, indicatorCode: 'gdp', amountTarget: null, amountComparator: null, growthTarget: '6', growthComparator: 'ge', noTarget: false, version: 2 },
    ]);
  });

  it('finds the cell a server detail names, and forgets the edits of stale cells only', () => {
    const edits = withEdit(withEdit({}, stored, 7, 'gdp', 'amount', '1'), stored, 9, 'gdp', 'amount', '2');
    const cells = matrixCells(edits, stored, indicators, 2026);
    expect(cellOfDetail('body.cells.1.amountTarget', cells)).toMatchObject({ organisationId: 9 });
    expect(cellOfDetail('body.year', cells)).toBeUndefined();
    expect(withoutCells(edits, [{ organisationId: 7, indicatorCode: 'gdp' }])).toEqual({ '9:gdp:amount': '2' });
  });
});

describe('copying last year\'s targets', () => {
  const last = [
    target({ year: 2025, organisationId: 7, amountTarget: '1400' }),
    target({ year: 2025, organisationId: 8, amountTarget: '900' }),
    target({ year: 2025, organisationId: 9, amountTarget: '500' }),
    target({ year: 2025, organisationId: 99, amountTarget: '1' }),
  ];
  const current = [target({ organisationId: 8, amountTarget: '950', version: 3 }), target({ organisationId: 9, amountTarget: '500', version: 1 })];
  const shown = { organisationIds: [7, 8, 9], indicatorCodes: ['gdp'] };

  it('previews new targets only, keeping this year\'s, and leaves out what is already the same or not shown', () => {
    const copy = copyFromLastYear(last, current, { ...shown, overwrite: false });
    expect(copy.rows.map((r) => r.organisationId)).toEqual([7]);
    expect(copy.kept).toBe(1);
    expect(copy.cells).toEqual([{ organisationId: 7, indicatorCode: 'gdp', amountTarget: '1400', amountComparator: 'ge', growthTarget: '7', growthComparator: 'ge', noTarget: false, version: 0 }]);
  });

  it('replaces this year\'s targets when asked, at their versions', () => {
    const copy = copyFromLastYear(last, current, { ...shown, overwrite: true });
    expect(copy.rows.map((r) => [r.organisationId, r.replaces?.amountTarget ?? null])).toEqual([[7, null], [8, '950']]);
    expect(copy.cells.map((c) => [c.organisationId, c.amountTarget, c.version])).toEqual([[7, '1400', 0], [8, '900', 3]]);
  });
});
