import { UPLOAD_LIMITS } from '@hongtu/contracts/limits';

/**
 * Every bound on an uploaded workbook: the file's size and data rows come from the contracts
 * (where the web app can read them), the rest are the server's own. The upload limit is
 * enforced while the multipart body is read; the zip limits on the central
 * directory and on the real inflated sizes; the row limits on the declared
 * dimension, on a count of the sheet's rows before it is parsed, and while
 * it is read (so a declared 1,048,576 rows is never walked).
 */
export const IMPORT_LIMITS = {
  /** uploadBytes, and dataRows: data rows of one file (all sheets), below the header rows. */
  ...UPLOAD_LIMITS,
  uncompressedBytes: 50 * 1024 * 1024,
  entries: 2000,
  /** Rows searched for a header at the top of a sheet. */
  headerRows: 30,
  /** Columns read in a row (A … ZZ); cells further right are ignored. */
  columns: 702,
  /** Merged ranges honoured per sheet (a merged-away cell reads as empty); more are ignored. */
  mergedRanges: 10_000,
} as const;

/** Highest row number a read sheet may have: the header area and the data rows under it. */
export const MAX_SHEET_ROW = IMPORT_LIMITS.headerRows + IMPORT_LIMITS.dataRows;

export const mib = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;
