import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { creditCodeCheckChar } from '@hongtu/domain';
import { DEMO_PASSWORD, E2E_BASE_URL } from '../support/env';
import { demoSecondFactorCode, skipCurrentStep } from '../support/second-factor';

// 武昌区's operator imports a workbook into the registry: a file with a wrong check character is
// refused with the row and column shown and nothing written; the corrected file (Traditional
// characters) is checked, its rows shown as they would be written, then imported and found in the list.
const RUN = Date.now().toString(36).toUpperCase().replace(/[IOZSV]/g, 'X');
const BODY = `9142010601${RUN.padStart(7, '0').slice(-7)}`;
const CODE = BODY + creditCodeCheckChar(BODY);
const WRONG = `${CODE.slice(0, 17)}${CODE.endsWith('0') ? '1' : '0'}`;
const NAME_TW = `武漢匯入測試軟體有限公司${RUN}`;
const NAME = `武汉汇入测试软体有限公司${RUN}`;

async function signInAs(page: Page, username: string): Promise<void> {
  await page.context().clearCookies();
  const headers = { Origin: new URL(E2E_BASE_URL).origin, 'Accept-Language': 'zh-CN' };
  const response = await page.request.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD }, headers });
  expect(response.status(), await response.text()).toBe(200);
  if (((await response.json()) as { pendingStep: string | null }).pendingStep === 'second-factor') {
    for (let attempt = 0; ; attempt++) {
      const verified = await page.request.post('/api/auth/second-factor/verify', { data: { code: await demoSecondFactorCode(username) }, headers });
      if (verified.ok()) break;
      expect(attempt, await verified.text()).toBe(0);
      skipCurrentStep(username);
    }
  }
}

async function book(file: string, code: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('企業庫');
  sheet.addRow(['統一社會信用代碼', '企業名稱', '企業規模', '高新技術企業']);
  sheet.addRow([code, NAME_TW, '中型', '是']);
  await workbook.xlsx.writeFile(file);
  return file;
}

test('a district imports enterprises: a bad file refused row by row, the corrected one checked, imported and found', async ({ page }, testInfo) => {
  await signInAs(page, 'wuchang');
  await page.goto('/enterprises');
  await page.getByRole('button', { name: '导入 Excel' }).click();
  const dialog = page.getByRole('dialog', { name: '导入企业库' });

  await dialog.locator('input[type=file]').setInputFiles(await book(testInfo.outputPath('bad.xlsx'), WRONG));
  const problems = dialog.getByTestId('enterprise-import-problems');
  // The server checks the file (seconds on a loaded machine).
  await expect(problems).toBeVisible({ timeout: 60_000 });
  await expect(problems).toContainText('末位为校验码');
  await expect(problems).toContainText('A');
  await expect(dialog.getByRole('button', { name: '导入', exact: true })).toHaveCount(0);

  await dialog.getByRole('button', { name: '重新上传' }).click();
  await dialog.locator('input[type=file]').setInputFiles(await book(testInfo.outputPath('good.xlsx'), CODE));
  const rows = dialog.getByTestId('enterprise-import-rows');
  await expect(rows).toBeVisible({ timeout: 60_000 });
  await expect(rows).toContainText(NAME);
  await expect(rows).toContainText('新增');
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByText('已导入：新增 1 家，更新 0 家')).toBeVisible({ timeout: 60_000 });

  await page.getByLabel('企业名称、拼音、首字母或统一社会信用代码').fill(CODE);
  await page.getByLabel('企业名称、拼音、首字母或统一社会信用代码').press('Enter');
  await expect(page.getByText(NAME)).toBeVisible();
});
