import { expect, test, type Locator, type Page } from '@playwright/test';
import { ApiSession } from '../support/api';
import { DEMO_PASSWORD } from '../support/env';
import { signIn, signOut } from '../support/ui';

// June 2011: a month the demo has no data for, so that no other journey reads it. It is closed again at the end.
const PERIOD = '2011-06';
const FAI = 'fixed_asset_investment';

// Steps save, approve and read dashboards on a shared machine under load: each may wait longer than the default.
const slowExpect = expect.configure({ timeout: 90_000 });

/** Chooses a vintage in the figure's select (support/ui's chooseOption, with the patience a loaded machine needs). */
async function chooseVintage(page: Page, field: Locator, vintage: string): Promise<void> {
  const select = field.locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
  await expect(async () => {
    await field.click({ timeout: 15_000 });
    await page.locator('.ant-select-dropdown:visible').getByTitle(vintage, { exact: true }).first().click({ timeout: 15_000 });
    await expect(select).toContainText(vintage, { timeout: 10_000 });
  }).toPass({ timeout: 120_000 });
}

/**
 * A figure's vintage as statisticians keep it (DOMAIN.md "Vintages"): the operator saves 武昌区's
 * 固投 as 快报, the city publishes the month's bulletin; the month is reopened, the operator revises
 * the figure as 核实; the bulletin stays as published (快报, the first value) and says what changed
 * since, while the overview names the figure's vintage now (核实).
 */
test('a figure saved as 快报 is published, revised as 核实; the bulletin keeps 快报 and names the change', async ({ page }) => {
  // Four sign-ins, two saves, a publication and three dashboards on a shared 2-core machine under load.
  test.setTimeout(1_500_000);
  const reviewerApi = await ApiSession.signIn('reviewer');
  const wuchangApi = await ApiSession.signIn('wuchang');
  const wuchang = await reviewerApi.organisationNamed('武昌区');
  const base = `/api/submissions/${PERIOD}/${wuchang.id}`;
  let periodId: number | null = null;

  const post = async (api: ApiSession, url: string, data: unknown, status = 200) => {
    const response = await api.context.post(url, { data });
    expect(response.status(), await response.text()).toBe(status);
    return response.json() as Promise<{ id: number; version: number }>;
  };
  const version = async () => ((await (await wuchangApi.context.get(base)).json()) as { version: number }).version;
  /** The operator's month page, with the figure's amount and vintage fields. */
  const openMonth = async (p: Page) => {
    await p.goto(`/reporting/${PERIOD}/${wuchang.id}`);
    await slowExpect(p.getByRole('heading', { name: /武昌区 2011年1-6月/ })).toBeVisible();
    return {
      amount: p.getByTestId('figures-table').locator(`[data-grid-cell="${FAI}:ytdValue"]`),
      vintage: p.getByLabel('固定资产投资 数据阶段', { exact: true }),
    };
  };
  const saveDraft = async (p: Page) => {
    await p.getByRole('button', { name: '保存草稿' }).click();
    await slowExpect(p.getByText('草稿已保存')).toBeVisible();
  };

  try {
    periodId = (await post(reviewerApi, '/api/periods', { year: 2011, month: 6 }, 201)).id;

    await test.step('the operator enters 固投 as 快报, the first release, and it is submitted and approved', async () => {
      await signIn(page, 'wuchang', DEMO_PASSWORD);
      const month = await openMonth(page);
      await slowExpect(month.vintage.locator('xpath=ancestor::*[contains(@class, "ant-select")][1]')).toContainText('快报');
      // A new figure is the first release, 快报, unless the operator says otherwise.
      await month.amount.fill('120.5');
      await saveDraft(page);
      await slowExpect(month.amount).toHaveValue('120.5');
      await signOut(page);
      await post(wuchangApi, `${base}/submit`, { version: await version() });
      await post(reviewerApi, `${base}/approve`, { version: await version() });
    });

    await test.step("the city reviewer publishes the month's bulletin: 固投 at 120.5, 快报", async () => {
      await signIn(page, 'reviewer', DEMO_PASSWORD);
      await page.goto(`/dashboard/ranking?period=${PERIOD}&indicator=${FAI}&measure=ytdValue`);
      const panel = page.getByTestId('bulletin-panel');
      await slowExpect(panel).toBeVisible();
      await panel.getByRole('button', { name: '发布本月通报' }).click();
      await slowExpect(page.getByText('已发布本月通报')).toBeVisible();
      await slowExpect(panel.getByText('发布后无变化')).toBeVisible();
      await signOut(page);
    });

    await test.step('reopened by the city, the operator revises the figure as 核实 (a vintage moves forward only)', async () => {
      await post(wuchangApi, `${base}/revision-request`, { version: await version(), reason: '统计局核实后数据调整' });
      await post(reviewerApi, `${base}/revision-decision`, { version: await version(), grant: true });
      await signIn(page, 'wuchang', DEMO_PASSWORD);
      const month = await openMonth(page);
      await slowExpect(month.amount).toHaveValue('120.5');
      await month.amount.fill('123.8');
      await chooseVintage(page, month.vintage, '核实');
      await saveDraft(page);
      // Read again from the server: the figure is stored as 核实.
      const reread = await openMonth(page);
      await slowExpect(reread.amount).toHaveValue('123.8');
      await slowExpect(reread.vintage.locator('xpath=ancestor::*[contains(@class, "ant-select")][1]')).toContainText('核实');
      await signOut(page);
      await post(wuchangApi, `${base}/submit`, { version: await version() });
      await post(reviewerApi, `${base}/approve`, { version: await version() });
    });

    await test.step('the bulletin stays as published and names what changed since: the amount and 快报 → 核实', async () => {
      await signIn(page, 'reviewer', DEMO_PASSWORD);
      await page.goto(`/dashboard/ranking?period=${PERIOD}&indicator=${FAI}&measure=ytdValue`);
      const panel = page.getByTestId('bulletin-panel');
      await slowExpect(panel.getByText('与发布时相比')).toBeVisible();
      await slowExpect(panel.getByText('武昌区 累计：发布时 120.5，现在 123.8')).toBeVisible();
      await slowExpect(panel.getByText('武昌区 数据版本：发布时 快报，现在 核实')).toBeVisible();
    });

    await test.step("the overview names the figure's vintage now in its source hint: 核实", async () => {
      await page.goto(`/dashboard?period=${PERIOD}&cols=${FAI}`);
      const cell = page.getByRole('row').filter({ hasText: '武昌区' }).locator(`td[data-indicator="${FAI}"]`);
      const source = cell.getByRole('button', { name: '固定资产投资：数据来源（核实）' });
      await slowExpect(source).toBeVisible();
      await expect(source).toHaveAttribute('title', '数据版本：核实');
      await source.click();
      await slowExpect(page.getByTestId('source-vintage')).toHaveText('数据版本：核实');
    });
  } finally {
    if (periodId !== null) await reviewerApi.context.patch(`/api/periods/${periodId}`, { data: { status: 'closed' } });
    await Promise.all([reviewerApi.dispose(), wuchangApi.dispose()]);
  }
});
