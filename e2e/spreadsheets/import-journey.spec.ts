import * as ExcelJSModule from 'exceljs';
import { expect, test } from '@playwright/test';
import { ApiSession } from '../support/api';
import { DEMO_PASSWORD } from '../support/env';
import { chooseOption, signIn, signOut } from '../support/ui';

// exceljs is CommonJS: under Node's ESM loader its classes sit on the default export.
const ExcelJS = (ExcelJSModule as unknown as { default?: typeof ExcelJSModule }).default ?? ExcelJSModule;

const PERIOD = '2026-11';
const ALIAS = '区社零额';

test('the city adds an indicator alias; the operator imports a file using it, chooses its value column, sees every value read and confirms before the import', async ({ page }, testInfo) => {
  const operatorApi = await ApiSession.signIn('jiangan');
  const jiangan = await operatorApi.organisationNamed('江岸区');
  const base = `/api/submissions/${PERIOD}/${jiangan.id}`;
  const month = await (await operatorApi.context.get(base)).json() as { status: string; figures: { indicatorCode: string; previousYtd: string | null }[] };
  expect(['not_started', 'draft']).toContain(month.status);
  const previous = Number(month.figures.find((f) => f.indicatorCode === 'retail_sales')?.previousYtd ?? 100);
  const value = Math.round(previous * 112) / 100;

  await test.step('the reviewer adds an alias of 社会消费品零售总额 on the aliases page', async () => {
    await signIn(page, 'reviewer', DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: '指标别名' }).click();
    await expect(page.getByRole('heading', { name: '指标别名' })).toBeVisible();
    await expect(page.getByTestId('indicator-aliases')).toContainText('固投');
    await chooseOption(page, page.getByLabel('指标', { exact: true }), '社会消费品零售总额');
    await page.getByLabel('别名', { exact: true }).fill(ALIAS);
    await page.getByRole('button', { name: '添加别名' }).click();
    await expect(page.getByText(`已添加别名“${ALIAS}”`)).toBeVisible();
    await expect(page.getByTestId('indicator-aliases').getByRole('row').filter({ hasText: ALIAS })).toContainText('市级添加');
    await signOut(page);
  });

  await test.step('the operator uploads a file with two value columns, named for another month; chooses, checks every value, confirms and imports', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('月报');
    sheet.addRow(['江岸区2026年1-11月主要经济指标']);
    sheet.addRow(['指标名称', '初报', '本年累计']);
    sheet.addRow([ALIAS, value - 1, value]);
    const path = testInfo.outputPath('江岸区-2026-10.xlsx');
    await wb.xlsx.writeFile(path);

    await signIn(page, 'jiangan', DEMO_PASSWORD);
    await page.goto(`/reporting/${PERIOD}/${jiangan.id}`);
    await page.getByRole('button', { name: '导入Excel' }).click();
    const dialog = page.getByRole('dialog', { name: '导入Excel' });
    await dialog.locator('input[type=file]').setInputFiles(path);

    const questions = dialog.getByTestId('import-questions');
    await expect(questions).toContainText('工作表“月报”的本年累计值在哪一列？');
    await expect(dialog.getByTestId('import-problems')).toContainText('都可能是本年累计值');
    await expect(dialog.getByRole('button', { name: '确认导入' })).toHaveCount(0);
    await chooseOption(page, questions.getByLabel('月报 ytd'), 'C · 本年累计');
    await questions.getByRole('button', { name: '按所选的列重新检查' }).click();

    const values = dialog.getByTestId('import-values');
    const row = values.getByRole('row').filter({ hasText: '社会消费品零售总额' });
    await expect(row).toContainText('C3');
    await expect(row).toContainText(`${value} 亿元`);
    await expect(row).toContainText('未注明单位，按指标单位（亿元）读取');
    const confirmations = dialog.getByTestId('import-confirmations');
    await expect(confirmations).toContainText('文件名“江岸区-2026-10.xlsx”写的是 2026-10，本次填报的是 2026年1-11月');
    const commit = dialog.getByRole('button', { name: '确认导入' });
    await expect(commit).toBeDisabled();
    await confirmations.getByRole('checkbox').check();
    await expect(commit).toBeEnabled();
    await commit.click();
    await expect(page.getByText(/已导入，更新 1 项指标/)).toBeVisible();
    await expect(dialog).toBeHidden();
  });

  const saved = await (await operatorApi.context.get(base)).json() as { figures: { indicatorCode: string; ytdValue: string | null; source: string | null }[] };
  expect(saved.figures.find((f) => f.indicatorCode === 'retail_sales')).toMatchObject({ ytdValue: String(value), source: 'imported' });
  await operatorApi.dispose();

  // The alias goes again, as the city would remove one.
  const reviewerApi = await ApiSession.signIn('reviewer');
  const aliases = await (await reviewerApi.context.get('/api/indicator-aliases')).json() as { items: { id: number; alias: string }[] };
  const added = aliases.items.find((a) => a.alias === ALIAS)!;
  expect((await reviewerApi.context.delete(`/api/indicator-aliases/${added.id}`)).status()).toBe(204);
  await reviewerApi.dispose();
});
