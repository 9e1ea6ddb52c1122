import { describe, expect, it } from 'vitest';
import type { Figure } from '@hongtu/contracts';
import { applyEdit, changedFigures, currentDraft, fieldErrorsFromDetails, rebaseEdits, type Edits } from './figureEdits';

function figure(code: string, over: Partial<Figure> = {}): Figure {
  return {
    indicatorCode: code, ytdValue: null, reportedYoy: null, note: null, returned: false, returnReason: null,
    source: 'entered', sourceRef: null, sourceQuote: null, version: 0, previousYtd: null, lastYearYtd: null, computedYoy: null,
    ...over,
  };
}

describe('applyEdit / currentDraft', () => {
  const gdp = figure('gdp', { ytdValue: '1506.89', reportedYoy: '8.8', version: 3 });

  it('records a typed value with the version it was made on', () => {
    const edits = applyEdit({}, gdp, 'ytdValue', '1,650.2');
    expect(edits).toEqual({ gdp: { ytdValue: '1,650.2', reportedYoy: '8.8', note: '', baseVersion: 3 } });
    expect(currentDraft(gdp, edits).ytdValue).toBe('1,650.2');
  });

  it('forgets an edit typed back to the stored value (spaces ignored)', () => {
    const edits = applyEdit(applyEdit({}, gdp, 'ytdValue', '1'), gdp, 'ytdValue', ' 1506.89 ');
    expect(edits).toEqual({});
    expect(currentDraft(gdp, edits)).toEqual({ ytdValue: '1506.89', reportedYoy: '8.8', note: '' });
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
      { indicatorCode: 'gdp', ytdValue: '１２３', reportedYoy: null, note: null, version: 2 },
      { indicatorCode: 'fdi', ytdValue: null, reportedYoy: null, note: null, version: 1 },
    ]);
  });

  it('sends nothing without edits', () => {
    expect(changedFigures([figure('gdp')], {})).toEqual([]);
  });
});

describe('rebaseEdits', () => {
  it('keeps edits on unchanged versions and drops those someone else changed', () => {
    const edits: Edits = {
      gdp: { ytdValue: '11', reportedYoy: '', note: '', baseVersion: 1 },
      fdi: { ytdValue: '2', reportedYoy: '', note: '', baseVersion: 1 },
      retail_sales: { ytdValue: '5', reportedYoy: '', note: '', baseVersion: 0 },
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
    expect(result.unmatched).toEqual(['lost', 'other']);
  });
});
