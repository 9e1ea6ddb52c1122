import type { DraftField } from './figureEdits';

/**
 * The month's figures as a sheet: the typed columns in the order the table shows them, a block
 * pasted from Excel / WPS spread over the next editable cells, Enter and ↑ / ↓ moving between rows.
 */
export const GRID_FIELDS: readonly DraftField[] = ['ytdValue', 'reportedYoy', 'reportedYoyComparable', 'adjustedBase', 'comparableReason', 'note'];

/** One row of the sheet: its figure and the fields it lets the operator type, in GRID_FIELDS order. */
export interface GridRow {
  code: string;
  fields: readonly DraftField[];
}

export interface GridCell {
  row: number;
  field: DraftField;
}

/** The fields a row offers: the comparable basis only where the indicator takes one. */
export function gridFields(comparable: boolean): readonly DraftField[] {
  return comparable ? GRID_FIELDS : GRID_FIELDS.filter((f) => f !== 'reportedYoyComparable' && f !== 'adjustedBase' && f !== 'comparableReason');
}

/**
 * Clipboard text as rows of cells: tab-separated columns, CR LF / LF rows (the trailing line break
 * Excel adds is not a row), cells quoted by Excel when they hold a tab, a line break or a quote
 * ("a""b" is a"b).
 */
export function parseClipboardBlock(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let atCellStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
      continue;
    }
    if (ch === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
      continue;
    }
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
    } else {
      cell += ch;
      atCellStart = false;
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Pasted text is a block (several cells) rather than one value typed into the cell. */
export function isBlock(text: string): boolean {
  const rows = parseClipboardBlock(text);
  return rows.length > 1 || (rows[0]?.length ?? 0) > 1;
}

/** The position in a row's fields of `field`, or of the first field after it that the row has. */
function startIndex(fields: readonly DraftField[], field: DraftField): number {
  const order = GRID_FIELDS.indexOf(field);
  return fields.findIndex((f) => GRID_FIELDS.indexOf(f) >= order);
}

/**
 * Where each value of a pasted block goes: its first row at `start`, the next rows below; its
 * columns into the row's editable fields from the start column on (a row without the comparable
 * basis skips those columns). Values past the last row or the last field are left out and counted.
 */
export function pasteTargets(rows: readonly GridRow[], start: GridCell, block: readonly (readonly string[])[]): { cells: { code: string; field: DraftField; value: string }[]; leftOut: number } {
  const cells: { code: string; field: DraftField; value: string }[] = [];
  let leftOut = 0;
  block.forEach((values, r) => {
    const row = rows[start.row + r];
    if (!row) {
      leftOut += values.length;
      return;
    }
    const from = startIndex(row.fields, start.field);
    values.forEach((value, c) => {
      const field = from < 0 ? undefined : row.fields[from + c];
      if (field) cells.push({ code: row.code, field, value: value.trim() });
      else leftOut++;
    });
  });
  return { cells, leftOut };
}

/** The cell Enter / ↓ (down) or Shift+Enter / ↑ (up) moves to: the same field in the next row that has it; null at the edge. */
export function moveTarget(rows: readonly GridRow[], from: GridCell, direction: 'up' | 'down'): GridCell | null {
  const step = direction === 'down' ? 1 : -1;
  for (let i = from.row + step; i >= 0 && i < rows.length; i += step) {
    if (rows[i]!.fields.includes(from.field)) return { row: i, field: from.field };
  }
  return null;
}

/** The key of a grid cell's input, for focusing it. */
export const cellKey = (code: string, field: DraftField) => `${code}:${field}`;
