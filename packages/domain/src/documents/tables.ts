// Tables in text (DOMAIN.md "Figures in documents"): rows of cells split by | or tabs, under a
// header that names the columns. The first cell names the indicator; the unit comes from a 单位
// column, from the header of the value column ("本地生产总值(亿元)") or from the name cell; a column
// whose header says 增长 / 增速 / 同比 / 变动率 holds the growth.

export interface TableRow {
  /** Normalised-text offsets of the row (its line). */
  start: number;
  end: number;
  /** Offsets of the name cell. */
  nameStart: number;
  nameEnd: number;
  name: string;
  value: string | null;
  unit: string | null;
  growth: string | null;
}

interface Line {
  start: number;
  end: number;
  cells: Array<{ text: string; start: number }>;
}

const NUMBER = /^[-−+]?\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^[-−+]?\d+(?:\.\d+)?$/;
const UNIT_IN_PARENS = /[(（]([^()（）]{1,8})[)）]\s*$/;
const UNIT_HEADER = /^(单位|计量单位|unit)$/i;
const GROWTH_HEADER = /增长|增速|同比|比上年|变动率|增减|%|％/;
const UNIT_WORD = /^(万亿元|亿元|万元|元|亿美元|万美元|美元|百万澳门元|亿澳门元|澳门元|亿港元|港元|万人|人|万户|户|个|家|%|万吨|吨|亩|平方米|万平方米)$/;

function cellsOf(text: string, start: number, end: number): Line | null {
  const line = text.slice(start, end);
  const sep = line.includes('|') ? '|' : line.includes('\t') ? '\t' : null;
  if (!sep) return null;
  const cells: Line['cells'] = [];
  let at = 0;
  for (const raw of line.split(sep)) {
    const lead = raw.length - raw.trimStart().length;
    cells.push({ text: raw.trim(), start: start + at + lead });
    at += raw.length + 1;
  }
  // "| a | b |": the empty cells outside the outer bars are no columns
  if (cells.length > 0 && cells[0]!.text === '' && line.trimStart().startsWith(sep)) cells.shift();
  if (cells.length > 0 && cells[cells.length - 1]!.text === '' && line.trimEnd().endsWith(sep)) cells.pop();
  return cells.filter((c) => c.text !== '').length >= 2 ? { start, end, cells } : null;
}

const isNumeric = (cell: string) => NUMBER.test(cell.replace(/\s/g, ''));

/** Every data row of every table in (normalised) text. */
export function findTableRows(text: string): TableRow[] {
  const rows: TableRow[] = [];
  let header: Line | null = null;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = cellsOf(text, lineStart, lineEnd);
    if (!line || line.cells.every((c) => /^[-:=\s]*$/.test(c.text))) {
      if (!line) header = null;
    } else if (!line.cells.slice(1).some((c) => isNumeric(c.text))) {
      header = line; // a header, or a row of labels
    } else {
      const row = rowOf(line, header);
      if (row) rows.push(row);
    }
    lineStart = lineEnd + 1;
  }
  return rows;
}

function rowOf(line: Line, header: Line | null): TableRow | null {
  const [nameCell, ...rest] = line.cells;
  if (!nameCell || isNumeric(nameCell.text)) return null;
  const headerOf = (i: number) => header?.cells[i + 1]?.text ?? '';
  let value: string | null = null;
  let unit: string | null = null;
  let growth: string | null = null;
  let valueHeader = '';
  rest.forEach((cell, i) => {
    const head = headerOf(i);
    const text = cell.text.replace(/[\s,]/g, '').replace('−', '-');
    if (text === '') return;
    if (UNIT_HEADER.test(head) || (!isNumeric(text) && UNIT_WORD.test(text))) unit ??= cell.text;
    else if (!isNumeric(text)) return;
    else if (GROWTH_HEADER.test(head) && /^(%|％)?$/.test(UNIT_IN_PARENS.exec(head)?.[1] ?? '')) growth ??= text.replace(/^\+/, '');
    else if (value === null) {
      value = text.replace(/^\+/, '');
      valueHeader = head;
    }
  });
  if (value === null && growth === null) return null;
  const nameUnit = UNIT_IN_PARENS.exec(nameCell.text);
  unit ??= UNIT_IN_PARENS.exec(valueHeader)?.[1] ?? nameUnit?.[1] ?? null;
  const name = nameCell.text.replace(UNIT_IN_PARENS, '').trim();
  return { start: line.start, end: line.end, nameStart: nameCell.start, nameEnd: nameCell.start + name.length, name, value, unit: value === null ? null : unit, growth };
}
