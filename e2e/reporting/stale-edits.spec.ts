import { expect, test } from '@playwright/test';
import { ApiSession } from '../support/api';
import { DEMO_PASSWORD } from '../support/env';
import { chooseTreeNode, signIn } from '../support/ui';

test('a save over a figure someone else changed is refused, reloaded, and the other edits are kept', async ({ page }) => {
  const operatorApi = await ApiSession.signIn('jiangan');
  const jiangan = await operatorApi.organisationNamed('江岸区');
  const base = `/api/submissions/2026-11/${jiangan.id}`;
  const month = await (await operatorApi.context.get(base)).json() as { status: string; figures: { indicatorCode: string; previousYtd: string | null; version: number }[] };
  expect(['not_started', 'draft']).toContain(month.status);
  // Budget revenue is reported every month (GDP only at quarter ends).
  const revenue = month.figures.find((f) => f.indicatorCode === 'general_budget_revenue')!;
  const retail = month.figures.find((f) => f.indicatorCode === 'retail_sales')!;
  const retailValue = String(Math.round(Number(retail.previousYtd) * 110) / 100);
  const theirs = String(Math.round(Number(revenue.previousYtd) * 108) / 100);

  await signIn(page, 'jiangan', DEMO_PASSWORD);
  await page.goto(`/reporting/2026-11/${jiangan.id}`);
  await page.getByLabel('地方一般公共预算收入 本年累计').fill('9999');
  await page.getByLabel('社会消费品零售总额 本年累计').fill(retailValue);

  // A colleague saves the revenue from another session in the meantime.
  const put = await operatorApi.context.put(`${base}/figures`, {
    data: { figures: [{ indicatorCode: 'general_budget_revenue', ytdValue: theirs, reportedYoy: null, note: null, version: revenue.version }] },
  });
  expect(put.status(), await put.text()).toBe(200);

  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByText(/数据已被他人修改，已重新加载/)).toBeVisible();
  await expect(page.getByLabel('地方一般公共预算收入 本年累计')).toHaveValue(theirs);
  await expect(page.getByLabel('社会消费品零售总额 本年累计')).toHaveValue(retailValue);

  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByText('草稿已保存')).toBeVisible();
  const saved = await (await operatorApi.context.get(base)).json() as { figures: { indicatorCode: string; ytdValue: string | null }[] };
  expect(saved.figures.find((f) => f.indicatorCode === 'general_budget_revenue')!.ytdValue).toBe(theirs);
  expect(saved.figures.find((f) => f.indicatorCode === 'retail_sales')!.ytdValue).toBe(retailValue);
  await operatorApi.dispose();
});

test('the reviewer sets a Q1 ≥ 30 % schedule and a growth target; a stale row save is refused', async ({ page }) => {
  const reviewerApi = await ApiSession.signIn('reviewer');
  const hanyang = await reviewerApi.organisationNamed('汉阳区');
  await signIn(page, 'reviewer', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: '目标管理' }).click();
  await chooseTreeNode(page, page.locator('#targets-organisation'), '汉阳区');

  const row = page.getByRole('row', { name: /^固定资产投资/ });
  await row.getByRole('button', { name: '按时序进度' }).click();
  const dialog = page.getByRole('dialog', { name: '固定资产投资 进度安排' });
  await dialog.getByLabel('一季度').fill('30');
  await dialog.getByLabel('上半年').fill('55');
  await dialog.getByLabel('前三季度').fill('80');
  await dialog.getByRole('button', { name: '确定' }).click();
  await page.getByLabel('固定资产投资 增速目标', { exact: true }).fill('8.5');
  await page.getByRole('button', { name: '保存 固定资产投资' }).click();
  await expect(page.getByText('固定资产投资目标已保存')).toBeVisible();
  await expect(row).toContainText('一季度 30%');

  // The page opens on this year in Beijing time.
  const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
  const listed = await (await reviewerApi.context.get(`/api/targets?year=${year}&organisationId=${hanyang.id}`)).json() as {
    items: { indicatorCode: string; growthTarget: string; schedule: { kind: string; shares: string[] } | null; version: number }[];
  };
  const fai = listed.items.find((t) => t.indicatorCode === 'fixed_asset_investment')!;
  expect(fai.growthTarget).toBe('8.5');
  expect(fai.schedule).toEqual({ kind: 'quarterly', shares: ['30', '55', '80', '100'] });

  // Someone else changes the row; this page still holds the old version.
  await page.getByLabel('固定资产投资 增速目标', { exact: true }).fill('9');
  const other = await reviewerApi.context.put('/api/targets', {
    data: { year, organisationId: hanyang.id, indicatorCode: 'fixed_asset_investment', amountTarget: null, amountComparator: null,
      growthTarget: '10', growthComparator: 'ge', noTarget: false, schedule: fai.schedule, version: fai.version },
  });
  expect(other.status(), await other.text()).toBe(200);
  await page.getByRole('button', { name: '保存 固定资产投资' }).click();
  await expect(page.getByText('该目标已被他人修改，已重新加载最新内容')).toBeVisible();
  await expect(page.getByLabel('固定资产投资 增速目标', { exact: true })).toHaveValue('10');
  await reviewerApi.dispose();
});
