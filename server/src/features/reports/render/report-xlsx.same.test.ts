import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReportXlsx } from './report-xlsx';
import { sameWorkbookCases } from './render.fixtures';
import { canonicalXlsx } from './xlsx-canonical.test-helpers';

// The workbooks read back as the ones ExcelJS's streaming writer made: every sheet, cell, value,
// format, fill, font and alignment the same (in canonical form, __fixtures__/<case>.xlsx.txt).
const FIXTURES = path.join(import.meta.dirname, '__fixtures__');

describe('the workbook is the same as before', () => {
  for (const c of sameWorkbookCases()) {
    it(c.name, async () => {
      const made = (await canonicalXlsx(await renderReportXlsx(c.doc))).split('\n');
      const expected = fs.readFileSync(path.join(FIXTURES, `${c.name}.xlsx.txt`), 'utf8').split('\n');
      expect(made).toEqual(expected);
    });
  }
});
