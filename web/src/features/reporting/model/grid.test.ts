import { describe, expect, it } from 'vitest';
import { gridFields, isBlock, moveTarget, parseClipboardBlock, pasteTargets, type GridRow } from './grid';

const rows: GridRow[] = [
  { code: 'gdp', fields: gridFields(false) },
  { code: 'revenue', fields: gridFields(true) },
  { code: 'jobs', fields: gridFields(true) },
  { code: 'entities', fields: gridFields(false) },
];

describe('the figures grid as a sheet', () => {
  it('reads a block copied from Excel or WPS: tabs, CR LF, the trailing line break, quoted cells', () => {
    expect(parseClipboardBlock('1\t2\r\n3\t4\r\n5\t6\r\n')).toEqual([['1', '2'], ['3', '4'], ['5', '6']]);
    expect(parseClipboardBlock('12.5\n13\n')).toEqual([['12.5'], ['13']]);
    expect(parseClipboardBlock('"含土地\n收入"\t"a""b"\n')).toEqual([['含土地\n收入', 'a"b']]);
    expect(parseClipboardBlock('1\t\t3')).toEqual([['1', '', '3']]);
    expect(isBlock('3.01万')).toBe(false);
    expect(isBlock('3.01万\r\n')).toBe(false);
    expect(isBlock('1\n2')).toBe(true);
    expect(isBlock('1\t2')).toBe(true);
  });

  it('spreads a column down the rows, not into one cell', () => {
    const { cells, leftOut } = pasteTargets(rows, { row: 0, field: 'ytdValue' }, [['100'], ['200'], ['300']]);
    expect(cells).toEqual([
      { code: 'gdp', field: 'ytdValue', value: '100' },
      { code: 'revenue', field: 'ytdValue', value: '200' },
      { code: 'jobs', field: 'ytdValue', value: '300' },
    ]);
    expect(leftOut).toBe(0);
  });

  it('puts several columns into the next editable columns of each row, and counts what falls outside', () => {
    const block = [['1', '2', '3'], ['4', '5', '6'], ['7', '8', '9']];
    const { cells, leftOut } = pasteTargets(rows, { row: 1, field: 'reportedYoy' }, block);
    expect(cells).toEqual([
      { code: 'revenue', field: 'reportedYoy', value: '1' },
      { code: 'revenue', field: 'reportedYoyComparable', value: '2' },
      { code: 'revenue', field: 'adjustedBase', value: '3' },
      { code: 'jobs', field: 'reportedYoy', value: '4' },
      { code: 'jobs', field: 'reportedYoyComparable', value: '5' },
      { code: 'jobs', field: 'adjustedBase', value: '6' },
      // A row without the comparable basis: the next editable column after the growth is the note.
      { code: 'entities', field: 'reportedYoy', value: '7' },
      { code: 'entities', field: 'note', value: '8' },
    ]);
    expect(leftOut).toBe(1);
    expect(pasteTargets(rows, { row: 3, field: 'ytdValue' }, [['1'], ['2']]).leftOut).toBe(1);
  });

  it('starts a row lacking the start column at its next editable one', () => {
    expect(pasteTargets(rows, { row: 1, field: 'adjustedBase' }, [['1'], ['2'], ['3']]).cells).toEqual([
      { code: 'revenue', field: 'adjustedBase', value: '1' },
      { code: 'jobs', field: 'adjustedBase', value: '2' },
      { code: 'entities', field: 'note', value: '3' },
    ]);
  });

  it('moves down and up like a sheet, skipping rows without the column, stopping at the edges', () => {
    expect(moveTarget(rows, { row: 0, field: 'ytdValue' }, 'down')).toEqual({ row: 1, field: 'ytdValue' });
    expect(moveTarget(rows, { row: 2, field: 'ytdValue' }, 'up')).toEqual({ row: 1, field: 'ytdValue' });
    expect(moveTarget(rows, { row: 3, field: 'ytdValue' }, 'down')).toBeNull();
    expect(moveTarget(rows, { row: 0, field: 'ytdValue' }, 'up')).toBeNull();
    expect(moveTarget(rows, { row: 1, field: 'adjustedBase' }, 'down')).toEqual({ row: 2, field: 'adjustedBase' });
    expect(moveTarget(rows, { row: 2, field: 'adjustedBase' }, 'down')).toBeNull();
  });
});
