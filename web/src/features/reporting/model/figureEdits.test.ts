import { describe, expect, it } from 'vitest';
import type { Figure } from '@hongtu/contracts';
import { applyEdit, applyEdits, changedFigures, currentDraft, fieldErrorsFromDetails, fieldErrorsFromRejected, lastMonthNotes, rebaseEdits, type Edits } from './figureEdits';

function figure(code: string, over: Partial<Figure> = {}): Figure {
  return {
    indicatorCode: code, ytdValue: null, reportedYoy: null, note: null, returned: false, returnReason: null,
    source: 'entered', sourceRef: null, sourceQuote: null, version: 0, previousYtd: null, previousMonth: null, previousNote: null, lastYearYtd: null,
    lastYearRevision: null, computedYoy: null, computedYoyBase: null, computedYoyNatural: null,
    adjustedBase: null, reportedYoyComparable: null, comparableReason: null, vintage: 'flash',
    ...over,
  };
}

const BLANK = { ytdValue: '', reportedYoy: '', note: '', adjustedBase: '', reportedYoyComparable: '', comparableReason: '', vintage: 'flash' };
const NO_BASIS = { adjustedBase: null, reportedYoyComparable: null, comparableReason: null };

describe('applyEdit / currentDraft', () => {
  const gdp = figure('gdp', { ytdValue: '1506.89', reportedYoy: '8.8', version: 3 });

  it('records a typed value with the version it was made on', () => {
    const edits = applyEdit({}, gdp, 'ytdValue', '1,650.2');
    expect(edits).toEqual({ gdp: { ...BLANK, ytdValue: '1,650.2', reportedYoy: '8.8', baseVersion: 3 } });
    expect(currentDraft(gdp, edits).ytdValue).toBe('1,650.2');
  });

  it('forgets an edit typed back to the stored value (spaces ignored)', () => {
    const edits = applyEdit(applyEdit({}, gdp, 'ytdValue', '1'), gdp, 'ytdValue', ' 1506.89 ');
    expect(edits).toEqual({});
    expect(currentDraft(gdp, edits)).toEqual({ ...BLANK, ytdValue: '1506.89', reportedYoy: '8.8' });
  });

  it('keeps the first base version while typing on', () => {
    const once = applyEdit({}, gdp, 'note', 'a');
    const later = applyEdit(once, { ...gdp, version: 4 }, 'note', 'ab');
    expect(later.gdp?.baseVersion).toBe(3);
  });
});

describe('changedFigures', () => {
  it('sends only changed figures, as typed, empty text as null, with their versions', () => {
    const figures = [figure('gdp', { ytdValue: '10', version: 2 }), figure('retail_sales'), figure('fdi', { note: 'x', version: 1 })];
    let edits: Edits = applyEdit({}, figures[0]!, 'ytdValue', ' １２３ ');
    edits = applyEdit(edits, figures[2]!, 'note', '  ');
    expect(changedFigures(figures, edits)).toEqual([
      { indicatorCode: 'gdp', ytdValue: '１２３', reportedYoy: null, note: null, ...NO_BASIS, version: 2 },
      { indicatorCode: 'fdi', ytdValue: null, reportedYoy: null, note: null, ...NO_BASIS, version: 1 },
    ]);
  });

  it('sends the comparable basis as typed: the adjusted base, the comparable growth and the reason', () => {
    const revenue = figure('general_budget_revenue', { ytdValue: '44', reportedYoy: '-12', version: 1 });
    let edits: Edits = applyEdit({}, revenue, 'adjustedBase', '40');
    edits = applyEdit(edits, revenue, 'reportedYoyComparable', '10');
    edits = applyEdit(edits, revenue, 'comparableReason', ' 扣除留抵退税因素 ');
    expect(changedFigures([revenue], edits)).toEqual([{
      indicatorCode: 'general_budget_revenue', ytdValue: '44', reportedYoy: '-12', note: null,
      adjustedBase: '40', reportedYoyComparable: '10', comparableReason: '扣除留抵退税因素', version: 1,
    }]);
    const stored = figure('general_budget_revenue', { adjustedBase: '40', comparableReason: '扣除留抵退税因素', version: 2 });
    expect(currentDraft(stored, {})).toMatchObject({ adjustedBase: '40', comparableReason: '扣除留抵退税因素', reportedYoyComparable: '' });
    expect(changedFigures([stored], applyEdit({}, stored, 'adjustedBase', ''))).toEqual([{
      indicatorCode: 'general_budget_revenue', ytdValue: null, reportedYoy: null, note: null,
      adjustedBase: null, reportedYoyComparable: null, comparableReason: '扣除留抵退税因素', version: 2,
    }]);
  });

  it('sends nothing without edits', () => {
    expect(changedFigures([figure('gdp')], {})).toEqual([]);
  });
});

describe('rebaseEdits', () => {
  it('keeps edits on unchanged versions and drops those someone else changed', () => {
    const edits: Edits = {
      gdp: { ...BLANK, ytdValue: '11', baseVersion: 1 },
      fdi: { ...BLANK, ytdValue: '2', baseVersion: 1 },
      retail_sales: { ...BLANK, ytdValue: '5', baseVersion: 0 },
    };
    const reloaded = [figure('gdp', { ytdValue: '10', version: 1 }), figure('fdi', { ytdValue: '3', version: 2 }), figure('retail_sales', { ytdValue: '5', version: 0 })];
    const result = rebaseEdits(edits, reloaded);
    expect(Object.keys(result.edits)).toEqual(['gdp']);
    expect(result.dropped).toEqual(['fdi']);
  });
});

describe('fieldErrorsFromDetails', () => {
  it('maps payload indexes back to indicators and keeps the rest', () => {
    const payload = [
      { indicatorCode: 'gdp', ytdValue: '1', reportedYoy: null, note: null, version: 0 },
      { indicatorCode: 'fdi', ytdValue: '12abc', reportedYoy: 'x', note: null, version: 0 },
    ];
    const result = fieldErrorsFromDetails([
      { path: 'body.figures.1.ytdValue', message: '“12abc”不是有效的数字' },
      { path: 'figures.1.reportedYoy', message: '“x”不是有效的数字' },
      { path: 'body.figures.7.ytdValue', message: 'lost' },
      { path: 'body.version', message: 'other' },
    ], payload);
    expect(result.fields).toEqual({ fdi: { ytdValue: '“12abc”不是有效的数字', reportedYoy: '“x”不是有效的数字' } });
    const reason = fieldErrorsFromDetails([{ path: 'body.figures.0.comparableReason', message: '请说明口径调整原因' }], payload);
    expect(reason.fields).toEqual({ gdp: { comparableReason: '请说明口径调整原因' } });
    expect(result.unmatched).toEqual(['lost', 'other']);
  });
});

describe('vintage edits', () => {
  const revenue = figure('revenue', { ytdValue: '10', version: 2, vintage: 'preliminary' });

  it('sends the vintage only when the operator chose another one', () => {
    const typed = applyEdit({}, revenue, 'ytdValue', '11');
    expect(changedFigures([revenue], typed)[0]).not.toHaveProperty('vintage');
    const chosen = applyEdit(typed, revenue, 'vintage', 'verified');
    expect(changedFigures([revenue], chosen)[0]).toMatchObject({ ytdValue: '11', vintage: 'verified', version: 2 });
    // Choosing the stored vintage again forgets the edit.
    expect(applyEdit(applyEdit({}, revenue, 'vintage', 'verified'), revenue, 'vintage', 'preliminary')).toEqual({});
  });

  it('puts a refused vintage on its field', () => {
    const payload = changedFigures([revenue], applyEdit({}, revenue, 'vintage', 'flash'));
    const { fields, unmatched } = fieldErrorsFromDetails([{ path: 'body.figures.0.vintage', message: '不能改回快报' }], payload);
    expect(fields).toEqual({ revenue: { vintage: '不能改回快报' } });
    expect(unmatched).toEqual([]);
  });
});

describe('several cells at once, last month\'s notes, refused cells', () => {
  it('applies a pasted block as edits, skipping unknown figures', () => {
    const figures = [figure('a', { version: 2 }), figure('b')];
    const edits = applyEdits({}, figures, [
      { code: 'a', field: 'ytdValue', value: '3.01万' },
      { code: 'b', field: 'note', value: '含土地收入' },
      { code: 'zz', field: 'ytdValue', value: '1' },
    ]);
    expect(Object.keys(edits)).toEqual(['a', 'b']);
    expect(edits.a).toMatchObject({ ytdValue: '3.01万', baseVersion: 2 });
    expect(changedFigures(figures, edits).map((f) => f.indicatorCode)).toEqual(['a', 'b']);
  });

  it('copies last month\'s note only into figures whose note is empty', () => {
    const figures = [
      figure('a', { previousNote: '含一次性收入' }),
      figure('b', { previousNote: '上月说明', note: '本月已写' }),
      figure('c', { previousNote: null }),
      figure('d', { previousNote: '  ' }),
    ];
    expect(lastMonthNotes(figures, {})).toEqual([{ code: 'a', field: 'note', value: '含一次性收入' }]);
    const typed = applyEdit({}, figures[0]!, 'note', 'typed');
    expect(lastMonthNotes(figures, typed)).toEqual([]);
  });

  it('marks the refused cells of a draft save', () => {
    expect(fieldErrorsFromRejected([
      { indicatorCode: 'a', field: 'ytdValue', message: '“12abc”不是有效的数字' },
      { indicatorCode: 'a', field: 'vintage', message: 'back' },
      { indicatorCode: 'gdp', field: 'indicatorCode', message: '本月不填报' },
    ])).toEqual({ a: { ytdValue: '“12abc”不是有效的数字', vintage: 'back' }, gdp: { ytdValue: '本月不填报' } });
  });
});
