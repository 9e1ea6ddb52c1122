// Tables in text (DOMAIN.md "Figures in documents"): rows of cells split by | or tabs, under a
// header that names the columns. The first cell names the indicator; the unit comes from a 单位
// column, from the header of the value column ("本地生产总值(亿元)") or from the name cell; a column
// whose header says 增长 / 增速 / 同比 / 变动率 holds the growth.

import { PLACE_END } from './place-names';

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
  /** In a table of places: the row's place cell (its entity), and whether the column is a plan of the year. */
  place?: { start: number; end: number; name: string };
  plan?: boolean;
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
  let units: string[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = cellsOf(text, lineStart, lineEnd);
    if (!line || line.cells.every((c) => /^[-:=\s]*$/.test(c.text))) {
      if (!line) header = null;
      // "单位:个、亿元": the units a table of places uses, counts and amounts
      const unitLine = line ? null : UNIT_LINE.exec(text.slice(lineStart, lineEnd));
      // (any other line of text ends them: the next table says its own)
      if (unitLine) units = unitLine[1]!.split(/[、,，/]/).map((u) => u.trim()).filter((u) => UNIT_WORD.test(u));
      else if (!line && text.slice(lineStart, lineEnd).trim() !== '') units = [];
    } else if (!line.cells.slice(1).some((c) => isNumeric(c.text.replace(/[%％]$/, '')))) {
      header = line; // a header, or a row of labels
    } else if (header && isTableOfPlaces(header, line)) {
      rows.push(...placeRowsOf(line, header, units));
    } else {
      const row = rowOf(line, header);
      if (row) rows.push(row);
    }
    lineStart = lineEnd + 1;
  }
  return rows;
}

const UNIT_LINE = /^\s*(?:单位|计量单位)[:：]\s*([^\n]{1,30})$/;
/** A row's first cell naming a place, or a part of one (州直, 市直), or the whole (合计, 全州). */
const PLACE = new RegExp(`^(?:[\\u4e00-\\u9fff]{1,10}${PLACE_END}|[省市州县区]\\s*直|合\\s*计|总\\s*计|全[省市州县区])$`);
/** A header's first cell over places: 隶属, 地区, 县市区, 单位 … */
const PLACES_HEADER = /^(?:隶\s*属|地\s*区|区\s*域|县\s*市\s*区|县\s*区|区\s*县|单\s*位|辖\s*区|名\s*称|地\s*方)$/;

/** Whether a data row under `header` is a place's row of a table whose columns are indicators. */
function isTableOfPlaces(header: Line, line: Line): boolean {
  const columns = header.cells.slice(1).filter((c) => !GROWTH_HEADER.test(c.text) && !UNIT_HEADER.test(c.text));
  return columns.length >= 2 && PLACE.test(line.cells[0]?.text ?? '') && (PLACES_HEADER.test(header.cells[0]?.text ?? '') || PLACE.test(line.cells[0]!.text.replace(/\s/g, '')));
}

/** Every numeric cell of a place's row: the place, the column's indicator and unit. */
function placeRowsOf(line: Line, header: Line, units: readonly string[]): TableRow[] {
  const [placeCell, ...rest] = line.cells;
  const place = { start: placeCell!.start, end: placeCell!.start + placeCell!.text.length, name: placeCell!.text.replace(/\s/g, '') };
  const out: TableRow[] = [];
  rest.forEach((cell, i) => {
    const head = header.cells[i + 1];
    const text = cell.text.replace(/[\s,]/g, '').replace('−', '-');
    const percent = /[%％]$/.test(text);
    const number = text.replace(/[%％]$/, '');
    if (!head || !isNumeric(number)) return;
    const headUnit = UNIT_IN_PARENS.exec(head.text)?.[1] ?? null;
    const name = head.text.replace(UNIT_IN_PARENS, '').replace(/\s/g, '');
    const count = /(个数|数量|项目数|户数|家数|人数)$/.test(name);
    const unit = percent ? '%' : headUnit ?? (count ? units.find((u) => /^(个|家|项|户|人)$/.test(u)) ?? null : units.find((u) => !/^(个|家|项|户|人)$/.test(u)) ?? null);
    out.push({ start: line.start, end: line.end, nameStart: head.start, nameEnd: head.start + head.text.length, name, value: number.replace(/^\+/, ''), unit, growth: null, place, plan: /计划|目标|预算/.test(name) && !/完成|率/.test(name) });
  });
  return out;
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
