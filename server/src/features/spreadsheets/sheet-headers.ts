import { findPeriodMentions, parseUnitLabel, type PeriodMention, type UnitCode } from '@hongtu/domain';
import { cellText, EMPTY_CELL, type CellContent } from '../../platform/imports/cells';
import { normaliseText, withoutBrackets } from '../../platform/imports/header-text';
import { inRanges, type SheetRow } from '../../platform/imports/xlsx-sheet';

/**
 * What a column of a district's sheet holds, from its header (DOMAIN.md "Excel imports"):
 * - ytd: a year-to-date value (本年累计, 1-11月, 初报, 快报, 金额 …): a candidate for the figure;
 * - month: one month's (or one quarter's) value (本月, 当月, 11月, 三季度): a candidate too, since
 *   some files write the month's report there;
 * - yoy: a growth rate (同比增速 %); points: a change in percentage points (同比增减（个百分点）),
 *   never a growth rate; reference: what the import does not read (上月, 上年同期, 目标, 完成率, a
 *   month's growth, an amount of change);
 * - code, name, unit, note.
 */
export type ColumnRole = 'code' | 'name' | 'unit' | 'ytd' | 'month' | 'yoy' | 'points' | 'note' | 'reference';

export interface HeaderColumn {
  column: number;
  /** As written: "本年累计（万元）", or "累计 / 绝对值" under a two-row header. */
  header: string;
  role: ColumnRole;
  /** A unit written in the header ("本年累计（万元）"): the column's values are in it. */
  unit: UnitCode | null;
  /** The periods the header names ("2025年1-11月"). */
  periods: PeriodMention[];
  /** Under a two-row header: the column of its group's upper cell (本月 / 累计 …), else null. */
  group: number | null;
  hidden: boolean;
  /** A value column whose header names another period: it became a reference (what it named). */
  otherPeriod?: PeriodMention;
}

export interface SheetHeader {
  /** The header's (last) row, and its first one under a two-row header. */
  row: number;
  firstRow: number;
  /** Every column the header classifies. */
  all: HeaderColumn[];
  /** The columns read, once the header is settled (sheet-columns.ts). */
  columns: Partial<Record<'code' | 'name' | 'unit' | 'ytd' | 'yoy' | 'note', HeaderColumn>>;
  /** The header's own row cells (to compose a second header row under them). */
  top: SheetRow;
  /** The next row may still be a second header row. */
  open: boolean;
}

const CODE = /代码|编码|编号|^code$|indicatorcode/;
const POINTS = /百分点/;
const GROWTH = /同比|增速|增长|增幅|增减|growth|yoy|比上年|较上年|比去年|较去年|比同期/;
const PLANNED = /目标|计划|任务|预计|target|plan/;
const MONTHLY = /本月|当月|月度|thismonth|^month$/;
const REFERENCE = /上月|去年|上年|上期|同期|lastmonth|lastyear|previous|reference|参考|目标|任务|计划|预计|完成率|进度|占比|比重|排名|位次|排位|target|plan|share|rank/;
const NOTE = /备注|说明|^note|remark|comment/;
const VALUE = /累计|本年|完成|实绩|实际|初报|快报|核实|修订|调整后|初步|最终|数值|绝对值|绝对数|总量|金额|总额|ytd|year-to-date|yeartodate|^value$|^amount$/;
/** Words under a two-row header that only say "the value" of the group above. */
const GENERIC_VALUE = /^(绝对值|绝对数|绝对额|数值|金额|总量|总额|数额|完成|完成数|实绩|value|amount)$/;
const UNIT_COLUMN = /^(计量)?单位$|^unit$/;
const NAME = /指标|名称|项目|indicator|^name$|^item$/;
/** What may follow a period in a header that is only a period ("1-11月份", "2025年1-11月末"). */
const PERIOD_TAIL = /^(份|止|末|底|数)?$/;

/** The role a header's text gives its column, or null for a header the import does not know. */
export function classifyHeader(text: string): ColumnRole | null {
  const normal = normaliseText(text);
  const bare = withoutBrackets(normal);
  if (bare === '') return null;
  const unit = parseUnitLabel(text);
  if (CODE.test(bare)) return 'code';
  if (POINTS.test(normal) || unit === 'pp') return 'points';
  if (GROWTH.test(bare)) {
    if (PLANNED.test(bare) || MONTHLY.test(bare)) return 'reference';
    // "比上年增加（亿元）" is an amount of change; "同比增减" without % could be either.
    if ((unit !== null && unit !== 'percent') || (/增减/.test(bare) && unit !== 'percent')) return 'reference';
    return 'yoy';
  }
  if (REFERENCE.test(bare)) return 'reference';
  if (NOTE.test(bare)) return 'note';
  if (VALUE.test(bare)) return 'ytd';
  if (MONTHLY.test(bare)) return 'month';
  const periods = findPeriodMentions(bare);
  if (periods.length === 1 && PERIOD_TAIL.test(bare.replace(periods[0]!.text, ''))) {
    const p = periods[0]!;
    // A year alone, or months from January: year-to-date; one month or a quarter after the first: that period's value.
    return p.fromMonth === null || p.fromMonth === 1 ? 'ytd' : 'month';
  }
  if (UNIT_COLUMN.test(bare)) return 'unit';
  if (NAME.test(bare)) return 'name';
  return null;
}

const isGeneric = (text: string) => GENERIC_VALUE.test(withoutBrackets(normaliseText(text)));

/** A header cell as text: its text, or a year typed as a number (2025 → "2025年"); '' otherwise. */
function headerText(cell: CellContent | undefined): string {
  if (!cell) return '';
  if (cell.kind === 'text') return cell.text.trim();
  if (cell.kind === 'number' && Number.isInteger(cell.value) && cell.value >= 1900 && cell.value <= 2999) return `${cell.value}年`;
  return '';
}

/**
 * The role of a column under a two-row header: the lower cell says what (增速, 绝对值 …), the
 * upper one (its group, often merged over several columns) says of which period or kind.
 */
function composedRole(top: string, sub: string): ColumnRole | null {
  const topRole = top === '' ? null : classifyHeader(top);
  const subRole = sub === '' ? null : classifyHeader(sub);
  if (sub === '') return topRole;
  if (top === '') return subRole;
  switch (subRole) {
    case 'yoy':
      return topRole === 'month' || topRole === 'reference' ? 'reference' : 'yoy';
    case 'ytd':
      if (isGeneric(sub)) return topRole === null || topRole === 'name' || topRole === 'code' || topRole === 'unit' || topRole === 'note' ? 'ytd' : topRole;
      return topRole === 'reference' ? 'reference' : 'ytd';
    case 'month':
      return topRole === 'reference' ? 'reference' : 'month';
    case null:
      return topRole;
    default:
      return subRole;
  }
}

function column(column: number, header: string, role: ColumnRole, unitText: string[], periodText: string[], group: number | null, row: SheetRow): HeaderColumn {
  let unit: UnitCode | null = null;
  for (const text of unitText) unit ??= parseUnitLabel(text);
  return { column, header, role, unit, periods: periodText.flatMap((t) => findPeriodMentions(t)), group, hidden: inRanges(row.hiddenColumns, column) };
}

/**
 * The header row of a sheet (the import looks at its first rows, below any merged title rows):
 * a row with a column naming the indicator (by name or code) and a column that may hold its
 * value (year-to-date or the month's). Merged title cells are read once, from their top-left cell.
 */
export function headerOf(row: SheetRow): SheetHeader | null {
  const all: HeaderColumn[] = [];
  row.cells.forEach((cell, c) => {
    const text = headerText(cell);
    const role = text === '' ? null : classifyHeader(text);
    if (role) all.push(column(c, text, role, [text], [text], null, row));
  });
  const has = (...roles: ColumnRole[]) => all.some((c) => roles.includes(c.role));
  return has('name', 'code') && has('ytd', 'month') ? { row: row.index, firstRow: row.index, all, columns: {}, top: row, open: true } : null;
}

/** The columns of an upper header row that name the indicator (a lower row leaves them empty). */
export const namingColumns = (row: SheetRow): number[] =>
  row.cells.flatMap((cell, c) => (cell.kind === 'text' && ['name', 'code'].includes(classifyHeader(cell.text) ?? '') ? [c] : []));

/**
 * A second header row under `top`: nothing where the upper row names the indicator, text only,
 * and words a header has. Answers the header the two rows make, or null when `row` is not one.
 */
export function twoRowHeader(top: SheetRow, row: SheetRow): SheetHeader | null {
  const naming = namingColumns(top);
  if (naming.length === 0 || naming.some((c) => cellText(row.cells[c] ?? EMPTY_CELL) !== '')) return null;
  let words = 0;
  for (const cell of row.cells) {
    if (!cell || cell.kind === 'empty') continue;
    const text = headerText(cell);
    if (text === '') return null;
    if (classifyHeader(text) !== null || isGeneric(text)) words++;
  }
  if (words === 0) return null;
  // The group of a column: the upper cell above it, or the merged upper cell it lies under.
  const groupOf = (c: number): number | null => {
    if (headerText(top.cells[c]) !== '') return c;
    const merge = top.merges?.find((m) => m.top === top.index && c >= m.left && c <= m.right);
    return merge && headerText(top.cells[merge.left]) !== '' ? merge.left : null;
  };
  const all: HeaderColumn[] = [];
  const width = Math.max(top.cells.length, row.cells.length);
  for (let c = 1; c < width; c++) {
    const group = groupOf(c);
    const upper = group === null ? '' : headerText(top.cells[group]);
    const lower = headerText(row.cells[c]);
    const role = composedRole(upper, lower);
    if (!role) continue;
    const header = upper !== '' && lower !== '' ? `${upper} / ${lower}` : upper || lower;
    all.push(column(c, header, role, [lower, upper], [upper, lower], lower !== '' && group !== null ? group : null, row));
  }
  const has = (...roles: ColumnRole[]) => all.some((c) => roles.includes(c.role));
  return has('name', 'code') && has('ytd', 'month') ? { row: row.index, firstRow: top.index, all, columns: {}, top, open: false } : null;
}

/**
 * A row under the header that numbers its columns (甲 乙 1 2 3 …, as statistical forms do):
 * no figure, skipped.
 */
export function isNumberingRow(row: SheetRow): boolean {
  let cells = 0;
  for (const cell of row.cells) {
    if (!cell || cell.kind === 'empty') continue;
    cells++;
    const text = cellText(cell);
    if (!/^(\d{1,2}|[甲乙丙丁戊]|[A-Z])$/.test(text)) return false;
  }
  return cells >= 2;
}
