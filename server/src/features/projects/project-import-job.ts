import type { Locale } from '@hongtu/contracts';
import type { SheetJob } from '../../platform/imports/sheet-jobs';
import { projectHeader, readProjectRow, type ColumnKey, type ImportedProject, type ProjectHeader } from './project-import-columns';

/** What a project workbook is read with, sent to the import worker. */
export interface ProjectJobInput {
  locale: Locale;
}

export interface ProjectJobOutput {
  rows: ImportedProject[];
  /** Each sheet's columns (by key: column number), to place the problems found later by the server. */
  columns: Record<string, Partial<Record<ColumnKey, number>>>;
}

/** The project import's work in the import worker: every row of every project sheet read by readProjectRow. */
export const job: SheetJob<ProjectJobInput, ProjectJobOutput> = {
  create(input) {
    const rows: ImportedProject[] = [];
    const columns: ProjectJobOutput['columns'] = {};
    return {
      parser: {
        header(row, sheet): ProjectHeader | null {
          const header = projectHeader(row);
          if (header) columns[sheet] = header.columns;
          return header;
        },
        row(row, header: ProjectHeader, place) {
          const read = readProjectRow(row, header, place, input.locale);
          if (read) rows.push(read);
        },
      },
      finish: () => ({ rows, columns }),
    };
  },
};
