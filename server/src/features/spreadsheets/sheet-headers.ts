import { parseUnitLabel, type UnitCode } from '@hongtu/domain';
import { cellText } from '../../platform/imports/cells';
import { normaliseText, withoutBrackets } from '../../platform/imports/header-text';
import type { SheetRow } from '../../platform/imports/xlsx-sheet';

/** The columns the import understands; the reference columns of the template are recognised and ignored. */
export type ColumnRole = 'code' | 'name' | 'unit' | 'ytd' | 'yoy' | 'note' | 'reference';

export interface HeaderColumn {
  column: number;
  header: string;
  /** A unit written in the header ("本年累计（万元）"): the column's values are in it. */
  unit: UnitCode | null;
}

export interface SheetHeader {
  row: number;
  columns: Partial<Record<Exclude<ColumnRole, 'reference'>, HeaderColumn>>;
}

// Order matters: "比上年同期增长" is a growth column, "去年同期累计" a reference, "本年累计" the input.
const RULES: ReadonlyArray<[ColumnRole, RegExp]> = [
  ['code', /代码|编码|编号|^code$|indicatorcode/],
  ['yoy', /同比|增速|增长|增幅|growth|yoy/],
  ['reference', /上月|去年|上年|上期|lastmonth|lastyear|previous|reference|参考/],
  ['note', /备注|说明|^note|remark|comment/],
  ['ytd', /累计|本年|完成|实绩|ytd|year-to-date|yeartodate|^value$|数值|^(\d{4}年)?(1[-—–~至]\d{1,2}月份?|1月份?|一季度|上半年|前三季度|全年)$/],
  ['unit', /^(计量)?单位$|^unit$/],
  ['name', /指标|名称|项目|indicator|^name$|^item$/],
];

export function classifyHeader(text: string): ColumnRole | null {
  const bare = withoutBrackets(normaliseText(text));
  if (bare === '') return null;
  for (const [role, pattern] of RULES) if (pattern.test(bare)) return role;
  return null;
}

/**
 * The header row of a sheet (the import looks at its first rows, below any
 * merged title rows): a row with a column naming the indicator (by name or
 * code) and a year-to-date column in a different cell. Merged title cells
 * are read once, from their top-left cell.
 */
export function headerOf(row: SheetRow): SheetHeader | null {
  const columns: SheetHeader['columns'] = {};
  row.cells.forEach((cell, column) => {
    const header = cellText(cell);
    const role = classifyHeader(header);
    if (!role || role === 'reference' || columns[role]) return;
    columns[role] = { column, header, unit: parseUnitLabel(header) };
  });
  return (columns.name || columns.code) && columns.ytd ? { row: row.index, columns } : null;
}
