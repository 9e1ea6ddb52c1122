import { expect, test, type Page } from '@playwright/test';
import { ApiSession } from '../support/api';
import { DEMO_PASSWORD } from '../support/env';
import { chooseOption, signIn } from '../support/ui';

/** "2026年1-10月" / "2022年前三季度": how the month picker names a period (periodLabel in @hongtu/domain). */
function periodName(key: string): string {
  const [year, m] = key.split('-').map(Number);
  const named: Record<number, string> = { 3: '一季度', 6: '上半年', 9: '前三季度', 12: '全年' };
  return `${year}年${named[m!] ?? (m === 1 ? '1月份' : `1-${m}月`)}`;
}

/** The newest month whose overview has figures: what /dashboard opens by default. */
async function latestPublishedPeriod(username: string): Promise<string> {
  const api = await ApiSession.signIn(username);
  try {
    const periods = (await (await api.context.get('/api/periods')).json()) as { items: { key: string }[] };
    for (const key of periods.items.map((p) => p.key).sort().reverse()) {
      const overview = (await (await api.context.get(`/api/dashboard/overview?period=${key}`)).json()) as {
        indicators: { code: string; figurePeriodKey?: string | null }[];
        rows: { cells: { indicatorCode: string; ytdValue: string | null }[] }[];
      };
      // A quarterly indicator's latest quarter stands in later months: only the month's own figures count.
      const own = new Set(overview.indicators.filter((i) => (i.figurePeriodKey ?? key) === key).map((i) => i.code));
      if (overview.rows.some((r) => r.cells.some((c) => c.ytdValue !== null && own.has(c.indicatorCode)))) return key;
    }
    throw new Error('no month with figures in the demo');
  } finally {
    await api.dispose();
  }
}

const districtRows = (page: Page) => page.locator('.ant-table-tbody tr.ant-table-row');

/** Picks an option of an antd Segmented control by its text. */
const segment = (page: Page, label: string) => page.locator('.ant-segmented-item').filter({ hasText: new RegExp(`^${label}$`) }).click();

test('the leader reads the overview: ranks and cards for the latest month, groups, and the source of a document figure', async ({ page }) => {
  const latest = await latestPublishedPeriod('leader');
  await signIn(page, 'leader', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: '经济运行总览' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  await test.step('the latest month with approved figures opens, every district with ranks and card colours', async () => {
    const banner = page.getByTestId('time-progress-banner');
    await expect(banner).toContainText(periodName(latest));
    await expect(banner).toContainText(/时序进度 \d+\.\d{2}%/);
    await expect(districtRows(page)).toHaveCount(17);
    for (const name of ['江岸区', '武昌区', '洪山区', '东西湖区', '东湖高新区']) {
      await expect(districtRows(page).filter({ hasText: name })).toHaveCount(1);
    }
    await expect(page.locator('.ant-table-tbody').getByText('全市第1', { exact: false }).first()).toBeVisible();
    await expect(page.locator('.ant-table-tbody [data-card="red"]').first()).toBeVisible();
    await expect(page.getByText('全市（合计口径）')).toBeVisible();
  });

  await test.step('the group filter narrows the rows to 新城区', async () => {
    await segment(page, '新城区');
    await expect(districtRows(page)).toHaveCount(6);
    await expect(districtRows(page).filter({ hasText: '武昌区' })).toHaveCount(0);
    await expect(districtRows(page).filter({ hasText: '黄陂区' })).toHaveCount(1);
    await expect(page.getByText('新城区（合计口径）')).toBeVisible();
    await expect(page).toHaveURL(/group=\d+/);
    await segment(page, '全部');
    await expect(districtRows(page)).toHaveCount(17);
  });

  await test.step('2022 前三季度: 武昌区 GDP 1202 亿元 comes from seed document 004, with the sentence', async () => {
    await chooseOption(page, page.getByRole('combobox', { name: '月份' }), '2022年前三季度');
    await expect(page.getByTestId('time-progress-banner')).toContainText('2022年前三季度');
    await expect(page.getByTestId('time-progress-banner')).toContainText('时序进度 75.00%');
    const wuchang = districtRows(page).filter({ hasText: '武昌区' });
    const gdp = wuchang.locator('td[data-indicator="gdp"]');
    await expect(gdp).toContainText('1202.00 亿元');
    await gdp.getByRole('button', { name: '地区生产总值：数据来源' }).click();
    const popover = page.locator('.ant-popover:visible');
    await expect(popover).toContainText('文件摘录');
    await expect(popover).toContainText('004_');
    await expect(popover.getByTestId('source-quote')).toContainText('GDP完成1202亿元');
  });

  await test.step('the month exports to Excel with the page’s filters', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 Excel' }).click();
    expect((await download).suggestedFilename()).toBe('overview-2022-09.xlsx');
  });

  await test.step('a synthetic figure says so', async () => {
    await page.keyboard.press('Escape');
    // The first popover closes with an animation: wait until it has gone, so one popover is open at a time.
    await expect(page.locator('.ant-popover:visible')).toHaveCount(0);
    const jiangan = districtRows(page).filter({ hasText: '江岸区' });
    await jiangan.locator('td[data-indicator="gdp"]').getByRole('button', { name: '地区生产总值：数据来源' }).click();
    await expect(page.locator('.ant-popover:visible')).toContainText('模拟数据');
  });
});

test('the ranking page draws the chart and the ranked table', async ({ page }) => {
  await signIn(page, 'leader', DEMO_PASSWORD);
  await page.goto('/dashboard/ranking');
  await expect(page.getByText('地区生产总值 · 完成率排名')).toBeVisible();
  const chart = page.getByRole('img', { name: /地区生产总值各区完成率排名柱状图/ });
  await expect(chart.locator('canvas')).toBeVisible();
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  await expect(rows).toHaveCount(17);
  await expect(rows.first().locator('td').first()).toContainText(/^1/);

  await test.step('each rank says how it moved since the previous period (进位 / 退位 / 持平 / 新进), on the published rounding', async () => {
    const body = page.locator('.ant-table-tbody');
    await expect(body.locator('[data-movement]').first()).toBeVisible();
    await expect(body.getByText(/^(进位\d+|退位\d+|持平|新进)$/).first()).toBeVisible();
    await expect(body.locator('[data-ranked-value]').first()).toHaveText(/^\d+\.\d%$/);
    await expect(page.getByRole('columnheader', { name: '总量排名' })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: '当月（计算）' })).toBeVisible();
  });
  await expect(rows.filter({ hasText: '高于平均' }).first()).toBeVisible();
  await expect(rows.filter({ hasText: '低于平均' }).first()).toBeVisible();

  await test.step('another measure re-ranks: year to date with target markers', async () => {
    await segment(page, '累计值');
    await expect(page.getByText('地区生产总值 · 累计值排名')).toBeVisible();
    await expect(page.getByText('时序目标').first()).toBeVisible();
    await expect(page).toHaveURL(/measure=ytdValue/);
  });
});

test('the warning board lists red cards first, with reasons and who answers for them', async ({ page }) => {
  await signIn(page, 'leader', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: '预警落后席' }).click();
  // The meeting's table is the default view; the cards are one click away.
  await segment(page, '卡片');
  const red = page.getByTestId('cards-red');
  await expect(red).toBeVisible();
  // Red cards of the major-project rule (time progress) and of the growth-target default alike.
  const first = red.locator('[data-testid="warning-card"][data-colour="red"]').filter({ hasText: /时序进度.*→ 红牌/ }).first();
  await expect(first.getByTestId('card-reason')).toContainText(/时序进度.*→ 红牌/);
  await expect(first).toContainText('分管领导');
  await expect(first).toContainText('负责部门');
  // red comes before yellow on the page
  const sections = await page.locator('section[data-testid^="cards-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
  expect(sections[0]).toBe('cards-red');
});

test('a district operator sees only its own district in the overview', async ({ page }) => {
  await signIn(page, 'wuchang', DEMO_PASSWORD);
  await page.goto('/dashboard');
  await expect(page.getByTestId('time-progress-banner')).toBeVisible();
  await expect(districtRows(page)).toHaveCount(1);
  await expect(districtRows(page).first()).toContainText('武昌区');
  await expect(page.locator('.ant-table-tbody').getByText('江岸区')).toHaveCount(0);
});

test.describe('big screen', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('the wall display renders at 1920×1080 (screenshot attached)', async ({ page }, testInfo) => {
    await signIn(page, 'leader', DEMO_PASSWORD);
    // rotate=0 holds the first panel of each rotation, so the screenshot is the same every run
    await page.goto('/bigscreen?rotate=0');
    const screen = page.getByTestId('bigscreen');
    await expect(screen.getByRole('heading', { name: '武汉市经济运行监测' })).toBeVisible();
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(page.getByTestId('bs-clock')).toHaveText(/^\d{2}:\d{2}:\d{2}$/);
    await expect(page.getByTestId('bs-kpi')).toHaveCount(5);
    await expect(page.getByTestId('bs-ranking').locator('canvas')).toBeVisible();
    await expect(page.getByTestId('bs-trend').locator('canvas')).toBeVisible();
    await expect(page.getByTestId('bs-warnings')).toContainText('红牌');
    // let the charts finish their entry animation
    await page.waitForTimeout(1200);
    const shot = await page.screenshot({ path: testInfo.outputPath('bigscreen-1920x1080.png') });
    await testInfo.attach('bigscreen-1920x1080', { body: shot, contentType: 'image/png' });
  });
});

test('the city reviewer edits a warning threshold, and a stale edit is refused with 409', async ({ page }) => {
  const api = await ApiSession.signIn('reviewer');
  type Rule = { code: string; enabled: boolean; version: number; config: { kind: string; thresholds: { colour: string; op?: string; value?: string }[] } };
  const readRule = async () =>
    ((await (await api.context.get('/api/warning-rules')).json()) as { items: Rule[] }).items.find((r) => r.code === 'wuhan.progress_ratio')!;
  const original = await readRule();
  try {
    await signIn(page, 'reviewer', DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: '预警落后席' }).click();
    await page.getByRole('button', { name: '预警规则' }).click();
    await expect(page).toHaveURL(/\/warning-rules$/);
    const row = page.getByRole('row').filter({ hasText: 'wuhan.progress_ratio' });
    await expect(row).toContainText('时序进度比低于 60% → 红牌');
    await expect(row).toContainText('时序进度比低于 80% → 黄牌');

    await test.step('the yellow threshold goes from 80 % to 85 %', async () => {
      await row.getByRole('button', { name: '编辑' }).click();
      const dialog = page.getByRole('dialog', { name: '编辑规则 wuhan.progress_ratio' });
      await dialog.getByRole('textbox').nth(1).fill('85');
      await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
      await expect(page.getByText('规则已保存')).toBeVisible();
      await expect(row).toContainText('时序进度比低于 85% → 黄牌');
      expect((await readRule()).version).toBe(original.version + 1);
    });

    await test.step('someone else saves first: the stale edit gets 409 and the list reloads', async () => {
      await row.getByRole('button', { name: '编辑' }).click();
      const dialog = page.getByRole('dialog', { name: '编辑规则 wuhan.progress_ratio' });
      const current = await readRule();
      const response = await api.context.put('/api/warning-rules/wuhan.progress_ratio', {
        data: { enabled: true, config: original.config, version: current.version },
      });
      expect(response.status()).toBe(200);
      await dialog.getByRole('textbox').nth(1).fill('90');
      await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
      await expect(page.getByText('规则已被他人修改')).toBeVisible();
      await expect(row).toContainText('时序进度比低于 80% → 黄牌');
    });
  } finally {
    const current = await readRule();
    await api.context.put('/api/warning-rules/wuhan.progress_ratio', { data: { enabled: original.enabled, config: original.config, version: current.version } });
    await api.dispose();
  }
});
