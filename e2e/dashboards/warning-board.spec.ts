import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../support/env';
import { signIn } from '../support/ui';

// The warning board as the dispatch meeting uses it (issue 9 items 5 and 8): a table grouped by
// district or indicator, filters, short reasons in bulletin wording, the run of months, the Excel
// export of the same view, and a print view without the app's menus and buttons.
const SCREENSHOTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');

// The first board of a month is computed when asked (a year of runs for every district): on a loaded machine it takes a while.
const FIRST_LOAD = { timeout: 90_000 };

const segment = (page: Page, label: string) => page.locator('.ant-segmented-item').filter({ hasText: new RegExp(`^${label}$`) }).click();
const rows = (page: Page) => page.locator('[data-testid="board-group"] tr.ant-table-row');

test('the leader runs the dispatch meeting from the warning board: group, filter, export and print', async ({ page }) => {
  test.setTimeout(480_000);
  await signIn(page, 'leader', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: '预警落后席' }).click();

  // A table per district, the most red cards first, each card's reason short, in bulletin wording.
  const groups = page.getByTestId('board-group');
  await expect(groups.first()).toBeVisible(FIRST_LOAD);
  const total = await rows(page).count();
  expect(total).toBeGreaterThan(0);
  const reasons = await page.getByTestId('card-short-reason').allTextContents();
  expect(reasons.length).toBe(total);
  for (const reason of reasons) {
    expect(reason).toMatch(/(亮红牌|亮黄牌|列入观察)$/);
    expect(reason).not.toContain('→');
  }
  await expect(rows(page).first()).toHaveAttribute('data-colour', 'red');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'warning-board.png'), fullPage: false });

  // Red cards only: every row red, the summary says how many of all are shown.
  await page.getByTestId('colour-red').click();
  await expect(page).toHaveURL(/colours=red/, FIRST_LOAD);
  // The address changes first; the rows follow when the board is drawn again.
  const colours = () => rows(page).evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-colour')))]);
  await expect.poll(colours, FIRST_LOAD).toEqual(['red']);
  await expect(page.getByTestId('board-summary')).toContainText(`/${total}`);

  // Grouped by indicator: the headings are indicators, the rows name districts.
  await segment(page, '按指标');
  await expect(page).toHaveURL(/view=indicator/, FIRST_LOAD);
  await expect(groups.first()).toBeVisible(FIRST_LOAD);
  const headings = () => groups.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  await expect.poll(async () => (await headings()).every((h) => h !== null && !/区$/.test(h)), FIRST_LOAD).toBe(true);
  expect((await headings()).length).toBeGreaterThan(0);

  // One district: every row is that district.
  const district = (await rows(page).first().locator('td').first().textContent())!.trim();
  const districtField = page.getByLabel('区（功能区）');
  await districtField.click();
  await districtField.fill(district);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: district }).first().click();
  await expect(page).toHaveURL(/districts=\d+/, FIRST_LOAD);
  await page.keyboard.press('Escape');
  const named = async () => [...new Set(await rows(page).evaluateAll((els) => els.map((e) => e.querySelector('td')?.textContent?.trim())))];
  await expect.poll(named, FIRST_LOAD).toEqual([district]);

  // The Excel export is the same view: a 通报 table of red cards grouped by indicator, for that district.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出Excel/ }).click()]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0]!;
  expect(String(sheet.getCell(1, 1).value)).toMatch(/主要经济指标预警情况$/);
  expect(sheet.getCell(4, 2).value).toBe('区（功能区）');
  expect(sheet.getCell(6, 2).value).toBe(district);
  expect(sheet.getCell(6, 3).value).toBe('红牌');
  expect(sheet.pageSetup.orientation).toBe('landscape');

  // Print: no side menu, header, buttons or filters; a title naming the month and the filters.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.ant-layout-sider')).toBeHidden();
  await expect(page.locator('.ant-layout-header')).toBeHidden();
  await expect(page.getByRole('button', { name: /打印/ })).toBeHidden();
  await expect(page.getByTestId('district-filter')).toBeHidden();
  await expect(page.getByTestId('print-heading')).toBeVisible();
  await expect(page.getByTestId('print-heading')).toContainText('主要经济指标预警情况');
  await expect(page.getByTestId('print-heading')).toContainText(district);
  await expect(rows(page).first()).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'print-view.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.ant-layout-sider')).toBeVisible();
});

test('the cards view keeps the cards, red first; a run of months is named', async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page, 'leader', DEMO_PASSWORD);
  await page.goto('/warnings?view=cards');
  const red = page.getByTestId('cards-red');
  await expect(red).toBeVisible(FIRST_LOAD);
  const sections = await page.locator('section[data-testid^="cards-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
  expect(sections[0]).toBe('cards-red');
  // Back to the table: where a card has been carried for months in a row, it says so.
  await segment(page, '按区');
  await expect(page.getByTestId('board-group').first()).toBeVisible(FIRST_LOAD);
  const runs = await page.getByTestId('months-carded').allTextContents();
  for (const run of runs) expect(run).toMatch(/^连续([2-9]|1[0-2])个月$/);
});
