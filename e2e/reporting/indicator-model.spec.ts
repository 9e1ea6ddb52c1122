import { expect, test } from '@playwright/test';
import { ApiSession } from '../support/api';
import { DEMO_PASSWORD } from '../support/env';
import { chooseTreeNode, signIn, signOut } from '../support/ui';

const PERIOD = '2026-11';
const DISTRICT = '江岸区';
const REVENUE = '地方一般公共预算收入';
const REASON = '扣除留抵退税因素';

interface MonthFigure { indicatorCode: string; previousYtd: string | null; lastYearYtd: string | null }

/** Growth in percent to one decimal, as a district would write it. */
const growth = (ytd: number, base: number) => String(Math.round(((ytd - base) / base) * 1000) / 10);

test('November asks the monthly indicators only; an adjusted base needs its reason and both growths are shown side by side', async ({ page }) => {
  const operatorApi = await ApiSession.signIn('jiangan');
  const jiangan = await operatorApi.organisationNamed(DISTRICT);
  const month = await (await operatorApi.context.get(`/api/submissions/${PERIOD}/${jiangan.id}`)).json() as { figures: MonthFigure[]; notDue: string[] };
  expect(month.notDue).toContain('gdp');
  const revenue = month.figures.find((f) => f.indicatorCode === 'general_budget_revenue')!;
  expect(revenue.lastYearYtd, 'the demo approved last November').not.toBeNull();
  const lastYear = Number(revenue.lastYearYtd);
  const ytd = Math.round(Number(revenue.previousYtd ?? lastYear) * 110) / 100;
  const adjusted = Math.round(lastYear * 90) / 100;

  await test.step('the operator sees what November does not ask and which amount is optional', async () => {
    await signIn(page, 'jiangan', DEMO_PASSWORD);
    await page.goto(`/reporting/${PERIOD}/${jiangan.id}`);
    await expect(page.getByRole('heading', { name: `${DISTRICT} 2026年1-11月` })).toBeVisible();
    await expect(page.getByTestId('not-due')).toContainText('地区生产总值（季报）');
    await expect(page.getByLabel('地区生产总值 本年累计')).toHaveCount(0);
    await expect(page.getByLabel('规模以上工业增加值 本年累计')).toHaveAttribute('placeholder', '可不填');
    await expect(page.getByTestId('frequency-fixed_asset_investment')).toHaveText('自1-2月');
  });

  await test.step('an adjusted base without its reason is refused; with it, growth is computed on the adjusted base', async () => {
    await page.getByLabel(`${REVENUE} 本年累计`).fill(String(ytd));
    await page.getByLabel(`${REVENUE} 同比增速(%)`).fill(growth(ytd, lastYear));
    await page.getByLabel(`${REVENUE} 同口径上年同期`).fill(String(adjusted));
    await page.getByLabel(`${REVENUE} 同口径增速(%)`).fill(growth(ytd, adjusted));
    await page.getByRole('button', { name: '保存草稿' }).click();
    await expect(page.getByLabel(`${REVENUE} 口径说明`)).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('submission-status').first()).toHaveText('未填报');

    await page.getByLabel(`${REVENUE} 口径说明`).fill(REASON);
    await page.getByRole('button', { name: '保存草稿' }).click();
    await expect(page.getByText('草稿已保存')).toBeVisible();
    const computed = page.getByTestId('computed-general_budget_revenue');
    await expect(computed).toContainText('按同口径');
    await expect(computed).toContainText('自然口径');
    await signOut(page);
  });

  await test.step('the reviewer reads both reported growths, the adjusted base and its reason', async () => {
    const submitted = await operatorApi.context.get(`/api/submissions/${PERIOD}/${jiangan.id}`);
    const saved = await submitted.json() as { figures: { indicatorCode: string; adjustedBase: string | null; comparableReason: string | null }[] };
    expect(saved.figures.find((f) => f.indicatorCode === 'general_budget_revenue')).toMatchObject({ adjustedBase: String(adjusted), comparableReason: REASON });
    await signIn(page, 'reviewer', DEMO_PASSWORD);
    await page.goto(`/reporting/${PERIOD}/${jiangan.id}`);
    const row = page.getByTestId('figures-table').getByRole('row', { name: new RegExp(REVENUE) });
    await expect(row).toContainText(REASON);
    await expect(row).toContainText(`${growth(ytd, lastYear)}%`);
    await expect(row).toContainText(`${growth(ytd, adjusted)}%`);
    await expect(row).toContainText('按同口径');
  });
  await operatorApi.dispose();
});

test('the reviewer states a Q1 target as an amount; the Q1 board shows it as stated, not as a share of the year', async ({ page }) => {
  await signIn(page, 'reviewer', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: '目标管理' }).click();
  await chooseTreeNode(page, page.locator('#targets-organisation'), '硚口区');
  await page.getByLabel('固定资产投资 一季度目标', { exact: true }).fill('93');
  await page.getByRole('button', { name: '保存 固定资产投资' }).click();
  await expect(page.getByText('固定资产投资目标已保存')).toBeVisible();

  await page.getByRole('menuitem', { name: '开门红' }).click();
  const row = page.locator('.ant-table-tbody tr', { hasText: '硚口区' });
  await expect(row).toContainText('93.00 亿元');
});
