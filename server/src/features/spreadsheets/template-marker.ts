// The month template marks its own indicator-code column (hidden: the form shows Chinese names) with
// a defined name carrying the template's version. The import reads a hidden column only when it is
// that very column (DOMAIN.md "Excel imports"): any other hidden column is still refused or noted.
import type { DefinedName } from '../../platform/imports/xlsx-workbook';

/** Versions of the template whose marker the import knows; the current one is written. */
export const TEMPLATE_VERSIONS = [2] as const;
export const TEMPLATE_VERSION = 2;
const MARKER = /^Hongtu_MonthTemplate_v(\d+)_Codes$/;

/** The defined name the template writes over its code column. */
export function markerName(version: number = TEMPLATE_VERSION): string {
  return `Hongtu_MonthTemplate_v${version}_Codes`;
}

/** "'月报'!$A$3:$A$40": a sheet's name quoted as Excel writes it (a quote doubled). */
export function markerReference(sheet: string, column: string, fromRow: number, toRow: number): string {
  return `'${sheet.replace(/'/g, "''")}'!$${column}$${fromRow}:$${column}$${toRow}`;
}

/** A column of one sheet, over rows fromRow…toRow, that the template marked as its code column. */
export interface MarkedColumn {
  sheet: string;
  /** A = 1. */
  column: number;
  fromRow: number;
  toRow: number;
}

const REFERENCE = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d{1,7}):\$?([A-Z]{1,3})\$?(\d{1,7})$/;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The code columns marked by a known version of the template; names of other versions or shapes are ignored. */
export function markedCodeColumns(names: readonly DefinedName[]): MarkedColumn[] {
  const marked: MarkedColumn[] = [];
  for (const { name, refersTo } of names) {
    const version = MARKER.exec(name)?.[1];
    if (version === undefined || !(TEMPLATE_VERSIONS as readonly number[]).includes(Number(version))) continue;
    const ref = REFERENCE.exec(refersTo.trim());
    // One column only: a marker over several columns is not the template's.
    if (!ref || ref[3] !== ref[5]) continue;
    const sheet = ref[1] !== undefined ? ref[1].replace(/''/g, "'") : ref[2]!;
    marked.push({ sheet, column: columnNumber(ref[3]!), fromRow: Number(ref[4]), toRow: Number(ref[6]) });
  }
  return marked;
}

/** Whether this header column of this sheet is a marked code column (the marker starts at the header row). */
export function isMarkedCodeColumn(marked: readonly MarkedColumn[], sheet: string, column: number, headerRow: number): boolean {
  return marked.some((m) => m.sheet === sheet && m.column === column && m.fromRow === headerRow);
}
