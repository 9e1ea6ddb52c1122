import { expect, test } from '@playwright/test';
import * as ExcelJSModule from 'exceljs';
import { DEMO_PASSWORD } from '../support/env';
import { signIn } from '../support/ui';

// exceljs is CommonJS: under Node's ESM loader its classes sit on the default export.
const ExcelJS = (ExcelJSModule as unknown as { default?: typeof ExcelJSModule }).default ?? ExcelJSModule;

test('the auditor exports the audit trail as xlsx', async ({ page }, testInfo) => {
  await signIn(page, 'auditor', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: '审计日志' }).click();
  await expect(page.getByRole('row').nth(1)).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^audit-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const saved = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(saved);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(saved);
  const sheet = workbook.worksheets[0];
  expect(sheet).toBeDefined();
  const header = (sheet!.getRow(1).values as unknown[]).filter(Boolean).map(String);
  expect(header).toEqual(expect.arrayContaining(['编号', '时间（北京时间）', '操作人', '操作', '操作内容', '结果', '操作代码', '本条哈希']));
  expect(sheet!.actualRowCount).toBeGreaterThanOrEqual(2);
  const firstData = sheet!.getRow(2);
  expect(Number(firstData.getCell(1).value)).toBeGreaterThan(0);
  // The auditor's own sign-in is among the rows: in words, with its code kept beside them.
  const column = (name: string) => (sheet!.getRow(1).values as unknown[]).indexOf(name);
  const rows = [];
  for (let r = 2; r <= sheet!.actualRowCount; r++) {
    const row = sheet!.getRow(r);
    rows.push({ action: String(row.getCell(column('操作')).value), code: String(row.getCell(column('操作代码')).value) });
  }
  expect(rows).toContainEqual({ action: '登录', code: 'auth.login' });
});
