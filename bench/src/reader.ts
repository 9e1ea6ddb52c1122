import { readSheets, type SheetParser } from '@hongtu/server/src/platform/imports/read-sheets';

/** Every row after the first counts; nothing is validated. */
const countingParser = (): SheetParser<true> => ({ header: () => true, row: () => undefined });

/**
 * The server's sheet reading alone (zip inspection, streamed XML, row limits), without any
 * row rules or database: the part of a dry run that replaced exceljs' workbook load.
 */
export async function readOnly(file: Buffer): Promise<void> {
  await readSheets({ buffer: file, fileName: 'bench.xlsx' }, countingParser(), []);
}
