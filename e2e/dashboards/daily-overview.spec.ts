import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { ApiSession } from '../support/api';
import { DEMO_PASSWORD } from '../support/env';
import { chooseOption, signIn } from '../support/ui';

const screenshots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');

type Month = { periodKey: string; approved: number; submitted: number; total: number; published: boolean };
type Months = { items: Month[]; defaultPeriod: string | null };

/** "2026年1-10月" / "2022年前三季度": how the month picker names a period. */
function periodName(key: string): string {
  const [year, m] = key.split('-').map(Number);
  const named: Record<number, string> = { 3: '一季度', 6: '上半年', 9: '前三季度', 12: '全年' };
  return `${year}年${named[m!] ?? (m === 1 ? '1月份' : `1-${m}月`)}`;
}

async function months(username: string): Promise<Months> {
  const api = await ApiSession.signIn(username);
  try {
    const response = await api.context.get('/api/dashboard/months');
    expect(response.status()).toBe(200);
    return (await response.json()) as Months;
  } finally {
    await api.dispose();
  }
}

/** The YTD figures of one indicator column, top to bottom, as numbers ("1202.00 亿元" → 1202). */
async function columnAmounts(page: Page, code: string): Promise<number[]> {
  const texts = await page.locator(`.ant-table-tbody td[data-indicator="${code}"] [data-trend-link]`).allInnerTexts();
  return texts.map((t) => Number(t.replace(/,/g, '').match(/-?\d+(\.\d+)?/)![0]));
}

test('the overview for daily work: the month the city has finished, its coverage, chosen indicators, sorting that says what it sorts by, drill-down to a trend', async ({ page }) => {
  const m = await months('leader');
  const chosen = m.items.find((i) => i.periodKey === m.defaultPeriod)!;
  await signIn(page, 'leader', DEMO_PASSWORD);
  await page.goto('/dashboard');

  await test.step('the overview opens on the latest month published or approved for every district, with its coverage', async () => {
    const complete = m.items.filter((i) => i.published || (i.total > 0 && i.approved >= i.total));
    if (complete.length > 0) {
      // A later month in which only some districts are approved is not where the leader lands.
      expect(complete.map((i) => i.periodKey).sort().at(-1)).toBe(m.defaultPeriod);
    }
    // The first answer may take a while on a loaded machine: this is not a speed check.
    await expect(page.getByTestId('time-progress-banner')).toContainText(periodName(m.defaultPeriod!), { timeout: 90_000 });
    await expect(page.getByTestId('month-coverage').first()).toContainText(`已审核 ${chosen.approved}/${chosen.total} 区`);
  });

  await test.step('the cells say 较时序进度 beside the gap and last year\'s figure, and nothing spills out of a cell', async () => {
    await expect(page.locator('[data-progress-gap]').first()).toContainText('较时序进度');
    await expect(page.locator('[data-last-year]').first()).toContainText('上年同期');
    const spilled = await page.locator('.ant-table-tbody td[data-indicator]').evaluateAll((cells) =>
      cells.filter((c) => [...c.querySelectorAll('*')].some((e) => e.getBoundingClientRect().right > c.getBoundingClientRect().right + 1)).length);
    expect(spilled).toBe(0);
    await page.screenshot({ path: path.join(screenshots, 'overview.png'), fullPage: false });
  });

  await test.step('the columns sort by the measure chosen, and the header says so', async () => {
    const code = (await page.locator('.ant-table-tbody td[data-indicator]').first().getAttribute('data-indicator'))!;
    await chooseOption(page, page.getByLabel('排序依据'), '总量（累计）');
    const header = page.locator('.ant-table-thead th').nth(1);
    await header.hover();
    await expect(page.getByRole('tooltip').filter({ hasText: '按总量（累计）排序' })).toBeVisible();
    // Choosing the basis re-sorts at once, best first; the header's click then turns the order round.
    await expect.poll(async () => {
      const amounts = await columnAmounts(page, code);
      return amounts.length > 2 && amounts.every((a, i) => i === 0 || amounts[i - 1]! >= a);
    }).toBe(true);
    await header.click();
    await expect(page).toHaveURL(/sort=ytdValue/);
    await expect.poll(async () => {
      const amounts = await columnAmounts(page, code);
      return amounts.length > 2 && amounts.every((a, i) => i === 0 || amounts[i - 1]! <= a);
    }).toBe(true);
  });

  await test.step('an indicator outside the key five is added to the table', async () => {
    const before = await page.locator('.ant-table-thead th[class*="ant-table-cell"]').count();
    const picker = page.getByLabel('显示指标');
    await picker.click();
    const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option:not(.ant-select-item-option-selected)').first();
    const name = (await option.innerText()).trim();
    await option.click();
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/cols=/);
    await expect(page.locator('.ant-table-thead')).toContainText(name, { timeout: 60_000 });
    expect(await page.locator('.ant-table-thead th[class*="ant-table-cell"]').count()).toBeGreaterThan(before);
  });

  await test.step('a figure opens the district\'s trend of that indicator', async () => {
    const cell = page.locator('.ant-table-tbody td[data-indicator]').first();
    const code = (await cell.getAttribute('data-indicator'))!;
    await cell.locator('[data-trend-link]').click();
    await expect(page).toHaveURL(new RegExp(`/dashboard/district/\\d+\\?year=\\d{4}&indicator=${code}`));
    await expect(page.locator(`[data-indicator="${code}"][data-focused]`)).toBeVisible({ timeout: 60_000 });
  });
});

test('the ranking and the big screen say how far the month is; growth written with one decimal', async ({ page }) => {
  const m = await months('leader');
  const chosen = m.items.find((i) => i.periodKey === m.defaultPeriod)!;
  await signIn(page, 'leader', DEMO_PASSWORD);
  await page.goto('/dashboard/ranking');
  await expect(page.getByTestId('month-coverage').first()).toContainText(`已审核 ${chosen.approved}/${chosen.total} 区`, { timeout: 60_000 });
  await expect(page.locator('.ant-table-tbody tr.ant-table-row').first()).toBeVisible({ timeout: 90_000 });
  await page.screenshot({ path: path.join(screenshots, 'ranking.png'), fullPage: false });
  // Every growth in the table has one decimal ("+4.6%"), none two.
  const texts = await page.locator('.ant-table-tbody td').allInnerTexts();
  const growths = texts.flatMap((t) => t.match(/[+-]\d+\.\d+%/g) ?? []);
  expect(growths.length).toBeGreaterThan(0);
  for (const g of growths) expect(g).toMatch(/^[+-]\d+\.\d%$/);

  await page.goto('/bigscreen?rotate=0');
  await expect(page.getByTestId('month-coverage')).toContainText(`已审核 ${chosen.approved}/${chosen.total} 区`, { timeout: 60_000 });
});

test('the Q1 view opens on data, not an empty chart', async ({ page }) => {
  // The demo keeps no weekly Q1 figures: a district records one week of the year first (again on a
  // re-run, which finds it stored and is answered 409).
  const year = new Date().getFullYear();
  const operator = await ApiSession.signIn('jiangan');
  const own = await operator.organisationNamed('江岸区');
  const recorded = await operator.context.put(`/api/q1/${year}/${own.id}/weeks/3`, {
    data: { figures: [{ indicatorCode: 'gdp', ytdValue: '321.5', note: null, version: 0 }] },
  });
  expect([200, 409], await recorded.text()).toContain(recorded.status());
  await operator.dispose();

  await signIn(page, 'leader', DEMO_PASSWORD);
  await page.goto('/q1');
  await expect(page.locator('.ant-table-tbody tr.ant-table-row').first()).toBeVisible({ timeout: 90_000 });
  const api = await ApiSession.signIn('leader');
  const shown = Number(new URL(page.url()).searchParams.get('year')) || year;
  const board = (await (await api.context.get(`/api/q1/${shown}`)).json()) as { rows: { cells: { weeks: { ytdValue: string | null }[] }[] }[] };
  await api.dispose();
  const anyWeeks = board.rows.some((r) => r.cells.some((c) => c.weeks.some((w) => w.ytdValue !== null)));
  expect(anyWeeks, 'the demo has weekly Q1 figures').toBe(true);
  await expect(page.locator('canvas').first()).toBeVisible();
  await expect(page.getByText('该区该指标尚无周数据')).toHaveCount(0);
});
