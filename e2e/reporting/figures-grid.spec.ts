import { expect, test, type Locator, type Page } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApiSession } from '../support/api';
import { DEMO_PASSWORD } from '../support/env';

// 西塞山区 (黄石市) and its November: no other journey touches them.
const PERIOD = '2026-11';
const DISTRICT = '西塞山区';
const SCREENSHOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots/grid.png');

interface Figure { indicatorCode: string; ytdValue: string | null; previousYtd: string | null; lastYearYtd: string | null; version: number }

/** A plausible November for every figure: 10 % above October, the growth as last year's figure gives it. */
function plausible(f: Figure, ytd = Math.ceil(Number(f.previousYtd ?? 100) * 1.1)): { ytd: number; yoy: number } {
  const lastYear = f.lastYearYtd === null ? null : Number(f.lastYearYtd);
  return { ytd, yoy: lastYear && lastYear > 0 ? Math.round(((ytd - lastYear) / lastYear) * 1000) / 10 : 6.5 };
}

/** What Excel or WPS puts on the clipboard, pasted into a cell. */
async function paste(cell: Locator, text: string) {
  await cell.focus();
  await cell.evaluate((element, data) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', data);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  }, text);
}

// The journey runs on a shared machine under load: each step may wait longer than the default 10 s.
const slowExpect = expect.configure({ timeout: 45_000 });

/** Signs in as the support's signIn does (no second factor for a district operator), waiting as long as the load needs. */
async function signIn(page: Page, username: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await slowExpect(page.getByRole('menuitem', { name: '首页' })).toBeVisible();
}

const cellOf = (page: Page, code: string, field: string) => page.getByTestId('figures-table').locator(`[data-grid-cell="${code}:${field}"]`);

test('the figures grid behaves like a sheet: a pasted block, Enter and arrows, 3.01万, a bad cell kept while the rest is saved, the leave guard, withdraw', async ({ page }) => {
  // A dozen steps with several saves on a shared machine: more time than the default journey.
  test.slow();
  const api = await ApiSession.signIn('xisaishan');
  const district = await api.organisationNamed(DISTRICT);
  const monthUrl = `/api/submissions/${PERIOD}/${district.id}`;
  const month = await (await api.context.get(monthUrl)).json() as { status: string; figures: Figure[] };
  expect(month.status).toBe('not_started');
  const figures = month.figures;
  const values = new Map(figures.map((f) => [f.indicatorCode, plausible(f)]));
  // Every figure filled through the API first, so that the month passes its checks at the end.
  const filled = await api.context.put(`${monthUrl}/figures`, {
    data: { figures: figures.map((f) => ({ indicatorCode: f.indicatorCode, ytdValue: String(values.get(f.indicatorCode)!.ytd), reportedYoy: String(values.get(f.indicatorCode)!.yoy), note: null, version: f.version })) },
  });
  expect(filled.status()).toBe(200);
  await api.dispose();
  const [first, second, third] = figures.map((f) => f.indicatorCode) as [string, string, string];

  await signIn(page, 'xisaishan', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: '月度填报' }).click();
  await page.getByRole('row', { name: /2026年1-11月/ }).getByRole('button', { name: '填报' }).click();
  await slowExpect(page.getByRole('heading', { name: new RegExp(`${DISTRICT} 2026年1-11月`) })).toBeVisible();

  await test.step('a 3 × 2 block from Excel fills three rows of the amount and the growth, not one cell', async () => {
    // One more than the saved amount, with the growth that amount gives (the checks compare them).
    const pasted = new Map(figures.slice(0, 3).map((f) => [f.indicatorCode, plausible(f, values.get(f.indicatorCode)!.ytd + 1)]));
    const block = [first, second, third].map((code) => `${pasted.get(code)!.ytd}\t${pasted.get(code)!.yoy}`).join('\r\n');
    await paste(cellOf(page, first, 'ytdValue'), `${block}\r\n`);
    for (const code of [first, second, third]) {
      await slowExpect(cellOf(page, code, 'ytdValue')).toHaveValue(String(pasted.get(code)!.ytd));
      await slowExpect(cellOf(page, code, 'reportedYoy')).toHaveValue(String(pasted.get(code)!.yoy));
    }
  });

  await test.step('Enter and ↓ move down a row, ↑ and Shift+Enter move up, as in a sheet', async () => {
    await cellOf(page, first, 'ytdValue').focus();
    await page.keyboard.press('Enter');
    await slowExpect(cellOf(page, second, 'ytdValue')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await slowExpect(cellOf(page, third, 'ytdValue')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await slowExpect(cellOf(page, second, 'ytdValue')).toBeFocused();
    await page.keyboard.press('Shift+Enter');
    await slowExpect(cellOf(page, first, 'ytdValue')).toBeFocused();
  });

  const revenue = cellOf(page, 'general_budget_revenue', 'ytdValue');
  const retail = cellOf(page, 'retail_sales', 'ytdValue');
  await test.step('3.01万 in a 亿元 column is saved as 0.000301; a bad cell is marked and kept while the rest is saved', async () => {
    await revenue.fill('3.01万');
    await retail.fill('12abc');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await slowExpect(page.getByText(/1个单元格未保存/)).toBeVisible();
    await slowExpect(revenue).toHaveValue('0.000301');
    await slowExpect(retail).toHaveValue('12abc');
    await slowExpect(retail).toHaveAttribute('aria-invalid', 'true');
    await slowExpect(cellOf(page, first, 'ytdValue')).toHaveValue(String(values.get(first)!.ytd + 1));
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  await test.step('leaving with unsaved edits asks first', async () => {
    await page.getByRole('menuitem', { name: '月度填报' }).click();
    const ask = page.getByRole('dialog').filter({ hasText: '有未保存的修改' });
    await slowExpect(ask).toBeVisible();
    await ask.getByRole('button', { name: '留在本页' }).click();
    await slowExpect(page.getByRole('heading', { name: new RegExp(`${DISTRICT} 2026年1-11月`) })).toBeVisible();
    await slowExpect(retail).toHaveValue('12abc');
  });

  await test.step('corrected, saved and submitted, the month is withdrawn (撤回) before the city acts', async () => {
    await retail.fill(String(values.get('retail_sales')!.ytd));
    await revenue.fill(`${values.get('general_budget_revenue')!.ytd}亿`);
    await page.getByRole('button', { name: '保存草稿' }).click();
    await slowExpect(page.getByText('草稿已保存')).toBeVisible();
    await slowExpect(revenue).toHaveValue(String(values.get('general_budget_revenue')!.ytd));
    await page.getByRole('button', { name: '提交审核' }).click();
    await page.getByRole('dialog', { name: '提交本月数据？' }).getByRole('button', { name: '提交审核' }).click();
    await slowExpect(page.getByText('已提交，等待市级审核')).toBeVisible();
    await slowExpect(page.getByTestId('submission-status').first()).toHaveText('已报送待审');
    await page.getByRole('button', { name: '撤回' }).click();
    await page.getByRole('dialog', { name: '撤回报送' }).getByRole('button', { name: '撤回' }).click();
    await slowExpect(page.getByText('已撤回，可修改后重新提交')).toBeVisible();
    await slowExpect(page.getByTestId('submission-status').first()).toHaveText('草稿');
    await slowExpect(revenue).toBeEditable();
  });

  await test.step('closing the tab with unsaved edits gets the browser\'s question', async () => {
    await retail.fill('1');
    const asked = new Promise<string>((resolve) => page.once('dialog', (dialog) => {
      resolve(dialog.type());
      void dialog.dismiss();
    }));
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
  });
});
