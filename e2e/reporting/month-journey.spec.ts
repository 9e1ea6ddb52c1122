import { expect, test, type Page } from '@playwright/test';
import { ApiSession } from '../support/api';
import { DEMO_PASSWORD } from '../support/env';
import { chooseOption, signIn, signOut } from '../support/ui';
import { fillTemplate, plausibleFigures } from './template';

const PERIOD = '2026-11';
const DISTRICT = '武昌区';
// GDP is reported quarterly: November asks the monthly indicators, budget revenue among them.
const RETURN_REASON = '地方一般公共预算收入与财政快报不一致，请核实后重报';

async function openMonthFromList(page: Page) {
  await page.getByRole('menuitem', { name: '月度填报' }).click();
  await page.getByRole('row', { name: /2026年1-11月/ }).getByRole('button', { name: '填报' }).click();
  // The month page loads its figures and checks (slow on a loaded machine).
  await expect(page.getByRole('heading', { name: `${DISTRICT} 2026年1-11月` })).toBeVisible({ timeout: 60_000 });
}

async function submitMonth(page: Page) {
  await page.getByRole('button', { name: '提交审核' }).click();
  await page.getByRole('dialog', { name: '提交本月数据？' }).getByRole('button', { name: '提交审核' }).click();
  await expect(page.getByText('已提交，等待市级审核')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('submission-status').first()).toHaveText('已报送待审');
}

test('a district month goes from template to approval, with one figure returned on the way', async ({ page }, testInfo) => {
  // Three people, a dozen steps, two file checks: more than the default 180 s on a shared, loaded machine.
  test.setTimeout(8 * 60_000);
  const reviewerApi = await ApiSession.signIn('reviewer');
  const wuchang = await reviewerApi.organisationNamed(DISTRICT);
  const monthUrl = `/api/submissions/${PERIOD}/${wuchang.id}`;
  const before = await (await reviewerApi.context.get(monthUrl)).json() as { status: string };
  expect(before.status, 'the demo leaves 2026-11 untouched').toBe('not_started');

  let fixedRevenue = 0;
  await test.step('the operator downloads the template, uploads it with a bad cell and sees where it is', async () => {
    await signIn(page, 'wuchang', DEMO_PASSWORD);
    await openMonthFromList(page);
    await expect(page.getByTestId('submission-status').first()).toHaveText('未填报');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载模板' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    const templatePath = testInfo.outputPath('template.xlsx');
    await file.saveAs(templatePath);

    const badPath = testInfo.outputPath('filled-bad.xlsx');
    const template = await fillTemplate(templatePath, badPath, { general_budget_revenue: '12abc' });
    const revenueRow = template.rows.find((r) => r.code === 'general_budget_revenue')!;

    await page.getByRole('button', { name: '导入Excel' }).click();
    const dialog = page.getByRole('dialog', { name: '导入Excel' });
    await dialog.locator('input[type=file]').setInputFiles(badPath);
    const problems = dialog.getByTestId('import-problems');
    // The server checks the file (seconds on a loaded machine).
    await expect(problems).toBeVisible({ timeout: 60_000 });
    const problem = problems.getByRole('row').filter({ hasText: '12abc' });
    await expect(problem).toHaveCount(1);
    await expect(problem.getByRole('cell').nth(1)).toHaveText(String(revenueRow.row));
    await expect(problem.getByRole('cell').nth(2)).toHaveText(template.letters.ytd);
    await expect(dialog.getByText('文件存在问题，不能导入')).toBeVisible();
    await expect(dialog.getByRole('button', { name: '确认导入' })).toHaveCount(0);

    await test.step('fixes the file, uploads it again and commits', async () => {
      const goodPath = testInfo.outputPath('filled-good.xlsx');
      await fillTemplate(templatePath, goodPath);
      await dialog.getByRole('button', { name: '重新上传' }).click();
      await dialog.locator('input[type=file]').setInputFiles(goodPath);
      await expect(dialog.getByText(/检查通过，导入将更新 \d+ 项指标/)).toBeVisible({ timeout: 60_000 });
      await dialog.getByRole('button', { name: '确认导入' }).click();
      await expect(page.getByText(/已导入，更新 \d+ 项指标/)).toBeVisible({ timeout: 60_000 });
      await expect(dialog).toBeHidden();
    });

    const expected = plausibleFigures(revenueRow);
    await expect(page.getByTestId('submission-status').first()).toHaveText('草稿');
    const table = page.getByTestId('figures-table');
    await expect(table.getByLabel('地方一般公共预算收入 本年累计')).toHaveValue(String(expected.ytd));
    await expect(table.getByRole('row', { name: /地方一般公共预算收入/ })).toContainText('Excel导入');
    // A small correction: the reported growth still agrees with last year's figure within 0.5 pp.
    fixedRevenue = Math.round(expected.ytd * 100 + 20) / 100;

    await submitMonth(page);
    await signOut(page);
  });

  await test.step('the reviewer returns one figure with its reason', async () => {
    await signIn(page, 'reviewer', DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: '审核调度' }).click();
    await expect(page.getByRole('combobox', { name: '报告期' })).toBeVisible();
    const row = page.getByTestId('board-table').getByRole('row', { name: new RegExp(DISTRICT) });
    await expect(row).toContainText('已报送待审');
    await row.click();
    await expect(page.getByRole('heading', { name: `${DISTRICT} 2026年1-11月` })).toBeVisible({ timeout: 60_000 });
    await expect(page.getByLabel('地方一般公共预算收入 本年累计')).toHaveCount(0);

    await page.getByRole('button', { name: '退回' }).click();
    const dialog = page.getByRole('dialog', { name: '退回' });
    // One figure returned: one reason field, a preset and free text, serving the month and the figure.
    await dialog.getByRole('checkbox', { name: '地方一般公共预算收入' }).check();
    await expect(dialog.getByLabel('地方一般公共预算收入 退回原因')).toHaveCount(0);
    // The reviewer opens the common reasons, picks one, and the field shows it.
    await chooseOption(page, dialog.getByLabel('常用退回原因'), '数值有误，请核实后重报');
    await expect(dialog.getByTitle('数值有误，请核实后重报', { exact: true })).toBeVisible();
    await dialog.getByLabel('补充说明', { exact: true }).fill(RETURN_REASON);
    await dialog.getByRole('button', { name: '退回' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('submission-status').first()).toHaveText('已退回');
    await expect(page.getByTestId('returned-general_budget_revenue')).toContainText(RETURN_REASON);
    await signOut(page);
  });

  await test.step('the operator sees the reason, corrects that figure and resubmits', async () => {
    await signIn(page, 'wuchang', DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: '月度填报' }).click();
    const listRow = page.getByRole('row', { name: /2026年1-11月/ });
    await expect(listRow).toContainText('已退回');
    await listRow.getByRole('button', { name: '填报' }).click();
    // The month page loads its figures (slow on a loaded machine).
    await expect(page.getByTestId('returned-general_budget_revenue')).toContainText(RETURN_REASON, { timeout: 60_000 });
    await expect(page.getByTestId('month-reason')).toContainText(`数值有误，请核实后重报；${RETURN_REASON}`);

    const revenue = page.getByLabel('地方一般公共预算收入 本年累计');
    await revenue.fill(String(fixedRevenue));
    await page.getByRole('button', { name: '保存草稿' }).click();
    await expect(page.getByText('草稿已保存')).toBeVisible();
    await expect(revenue).toHaveValue(String(fixedRevenue));
    await submitMonth(page);
    await expect(page.getByTestId('returned-general_budget_revenue')).toHaveCount(0);
    await signOut(page);
  });

  await test.step('the reviewer approves', async () => {
    await signIn(page, 'reviewer', DEMO_PASSWORD);
    await page.goto(`/reporting/${PERIOD}/${wuchang.id}`);
    await expect(page.getByTestId('submission-status').first()).toHaveText('已报送待审', { timeout: 60_000 });
    await page.getByRole('button', { name: '审核通过' }).click();
    await page.getByRole('dialog', { name: '审核通过？' }).getByRole('button', { name: '审核通过' }).click();
    await expect(page.getByTestId('submission-status').first()).toHaveText('已审核');
    await expect(page.getByRole('button', { name: '退回' })).toHaveCount(0);
  });

  await test.step('the month is approved, with the corrected figure and its versions kept', async () => {
    const after = await (await reviewerApi.context.get(monthUrl)).json() as { status: string; figures: { indicatorCode: string; ytdValue: string; returned: boolean }[] };
    expect(after.status).toBe('approved');
    const revenue = after.figures.find((f) => f.indicatorCode === 'general_budget_revenue')!;
    expect(Number(revenue.ytdValue)).toBe(fixedRevenue);
    expect(revenue.returned).toBe(false);
    const history = await (await reviewerApi.context.get(`${monthUrl}/history`)).json() as { events: { action: string }[]; versions: { indicatorCode: string }[] };
    expect(history.events.map((e) => e.action)).toEqual(['submit', 'return', 'submit', 'approve']);
    expect(history.versions.filter((v) => v.indicatorCode === 'general_budget_revenue')).toHaveLength(2);
    await reviewerApi.dispose();
  });

  await test.step('the overview of the month now ranks 武昌区 against time progress', async () => {
    await page.goto(`/dashboard?period=${PERIOD}`);
    await expect(page.getByTestId('time-progress-banner')).toContainText('时序进度 91.67%');
    const row = page.locator('.ant-table-tbody tr', { hasText: '武昌区' });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('全市第1');
  });
});
