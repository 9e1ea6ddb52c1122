import type { SheetJob } from '../../platform/imports/sheet-jobs';
import { cellText } from '../../platform/imports/cells';
import { normalised, withoutBrackets } from '../../platform/imports/header-text';
import type { SheetRow } from '../../platform/imports/xlsx-sheet';
import { ENTERPRISE_COLUMNS, type EnterpriseColumnKey } from './enterprises.columns';

// The registry workbook read in the import worker: its header found by the export's column names
// (any of the three languages, Traditional read as Simplified, brackets and blanks ignored), and
// every row's cells as text. The server checks the values (enterprise-import.check.ts).

const headerKey = (text: string) => normalised(withoutBrackets(text));
const BY_HEADER = new Map<string, EnterpriseColumnKey>(ENTERPRISE_COLUMNS.flatMap((c) => Object.values(c.labels).map((label) => [headerKey(label), c.key] as const)));

export interface EnterpriseHeader {
  row: number;
  /** Column number (A = 1) of each column found. */
  columns: Partial<Record<EnterpriseColumnKey, number>>;
}

/** One row as read: a key absent = its column is not in the sheet; '' = the cell is empty. */
export interface ImportedEnterprise {
  sheet: string;
  row: number;
  cells: Partial<Record<EnterpriseColumnKey, string>>;
}

/** The header row: the credit code column and at least one more known column. */
export function enterpriseHeader(row: SheetRow): EnterpriseHeader | null {
  const columns: EnterpriseHeader['columns'] = {};
  row.cells.forEach((cell, column) => {
    const text = cellText(cell);
    if (text === '') return;
    const key = BY_HEADER.get(headerKey(text));
    if (key && columns[key] === undefined) columns[key] = column;
  });
  return columns.creditCode !== undefined && Object.keys(columns).length >= 2 ? { row: row.index, columns } : null;
}

/** A cell the export neutralised against formulas ('=…) is read back as written. */
const restoreNeutralised = (text: string) => text.replace(/^'(?=[=+\-@\t\r])/, '');

export interface EnterpriseJobOutput {
  rows: ImportedEnterprise[];
  columns: Record<string, Partial<Record<EnterpriseColumnKey, number>>>;
}

/** The enterprise import's work in the import worker: every non-empty row of every registry sheet. */
export const job: SheetJob<Record<string, never>, EnterpriseJobOutput> = {
  create() {
    const rows: ImportedEnterprise[] = [];
    const columns: EnterpriseJobOutput['columns'] = {};
    return {
      parser: {
        header(row, sheet): EnterpriseHeader | null {
          const header = enterpriseHeader(row);
          if (header) columns[sheet] = header.columns;
          return header;
        },
        row(row, header: EnterpriseHeader, place) {
          const cells: ImportedEnterprise['cells'] = {};
          let any = false;
          for (const [key, column] of Object.entries(header.columns) as [EnterpriseColumnKey, number][]) {
            const text = restoreNeutralised(cellText(row.cells[column] ?? { kind: 'empty' })).trim();
            cells[key] = text;
            if (text !== '' && key !== 'demoNote') any = true;
          }
          if (any) rows.push({ sheet: place.sheet, row: row.index, cells });
        },
      },
      finish: () => ({ rows, columns }),
    };
  },
};
