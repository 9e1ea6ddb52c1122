import { expect, test } from '@playwright/test';
import { ApiSession } from '../support/api';
import { DEMO_PASSWORD } from '../support/env';
import { chooseOption, signIn, signOut } from '../support/ui';

// From upload to the cross-check in review: the city reviewer takes in a short district report
// written here, whose GDP for 武昌区's first three quarters of 2026 is 4 亿元 above what the demo's
// 武昌区 submitted for September 2026 (an approved month), accepts the figure into that month, and
// sees the difference in the month's review, with the document and the quote.
const PERIOD = '2026-09';
const DISTRICT = '武昌区';

/** "1234.500" → "1234.5", "1234.000" → "1234". */
const plain = (s: string) => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);

test('a district report uploaded, its figure accepted into 武昌区\'s September, the difference seen in review', async ({ page }) => {
  const reviewerApi = await ApiSession.signIn('reviewer');
  const wuchang = await reviewerApi.organisationNamed(DISTRICT);
  const month = await reviewerApi.context.get(`/api/submissions/${PERIOD}/${wuchang.id}`);
  expect(month.status(), await month.text()).toBe(200);
  const gdp = ((await month.json()) as { figures: { indicatorCode: string; ytdValue: string | null }[] }).figures.find((f) => f.indicatorCode === 'gdp');
  expect(gdp?.ytdValue, 'the demo has 武昌区\'s GDP for September 2026').toBeTruthy();
  const submitted = plain(gdp!.ytdValue!);
  const published = String(Math.round(Number(submitted)) + 4);
  const quote = `武昌区实现地区生产总值${published}亿元`;
  const text = [
    '武昌区2026年前三季度经济运行情况',
    '发布机构：武昌区统计局',
    '发布日期：2026-10-20',
    '',
    `2026年前三季度，${quote}，同比增长5.2%。全区经济运行总体平稳、稳中有进。`,
  ].join('\n');

  try {
    await test.step('the reviewer uploads the report and follows its job until it is taken in', async () => {
      await signIn(page, 'reviewer', DEMO_PASSWORD);
      await page.getByRole('menuitem', { name: '公开文件' }).click();
      await expect(page).toHaveURL(/\/documents$/);
      await page.getByTestId('document-upload').locator('input[type=file]').setInputFiles({
        name: `武昌区2026年前三季度经济运行情况-${Date.now()}.txt`, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8'),
      });
      const done = page.getByTestId('document-upload-done');
      await expect(done).toContainText('武昌区2026年前三季度经济运行情况', { timeout: 60_000 });
    });

    await test.step('a search in Traditional characters finds it, the words marked in its snippet', async () => {
      const search = page.getByPlaceholder('搜索全文（简体、繁体均可）');
      await search.fill('地區生產總值');
      await search.press('Enter');
      const hit = page.getByTestId('document-search-results').locator('.ant-list-item').filter({ hasText: '2026年前三季度' }).first();
      await expect(hit).toBeVisible({ timeout: 30_000 });
      await expect(hit.getByTestId('search-snippet').locator('mark').first()).toBeVisible();
      await page.getByTestId('document-upload-done').getByTestId('document-upload-open').click();
    });

    await test.step('the document shows its text with the figure marked; a click opens the figure\'s record', async () => {
      await expect(page.getByTestId('document-text')).toContainText('全区经济运行总体平稳', { timeout: 30_000 });
      const mark = page.getByTestId('figure-mark').filter({ hasText: `${published}亿元` }).first();
      await expect(mark).toBeVisible();
      await mark.click();
      const panel = page.getByTestId('figure-panel');
      await expect(panel.getByTestId('figure-value')).toContainText(`${published} 亿元`);
    });

    await test.step('the reviewer accepts it as 武昌区\'s GDP of September 2026', async () => {
      const panel = page.getByTestId('figure-panel');
      await chooseOption(page, panel.getByLabel('区（功能区）'), DISTRICT);
      await chooseOption(page, panel.getByLabel('指标'), '地区生产总值');
      await panel.getByLabel('所属月份').fill(PERIOD);
      await panel.getByLabel('数值（按原文）').fill(published);
      await panel.getByLabel('单位（按原文）').fill('亿元');
      await panel.getByLabel('增速（%）').fill('');
      await panel.getByTestId('accept-submit').click();
      await expect(page.getByText(`已采纳为${DISTRICT} ${PERIOD} 的参考数据`).first()).toBeVisible();
      await expect(panel.getByTestId('figure-fields')).toContainText('已采纳');
      await expect(panel.getByTestId('figure-accepted')).toContainText(`已采纳为${DISTRICT} ${PERIOD} 的参考数据`);
    });

    const item = page.getByTestId('cross-check-item').first();
    await test.step('the month\'s review shows the published figure against the submission, with the document and quote', async () => {
      await page.getByTestId('figure-accepted').getByRole('link').click();
      await expect(page).toHaveURL(new RegExp(`/reporting/${PERIOD}/${wuchang.id}$`));
      await expect(item).toHaveAttribute('data-status', 'differs', { timeout: 60_000 });
      await expect(item).toContainText(`地区生产总值：公开报告称 ${published} 亿元；报送值为 ${submitted} 亿元`);
      await expect(item).toContainText('文件：《武昌区2026年前三季度经济运行情况');
      await expect(item).toContainText(quote);
      await expect(page.getByTestId('cross-check')).toContainText('1 项与公开文件不一致');
    });

    await test.step('accepted by mistake, it is withdrawn from the document\'s page and the month has nothing to check against', async () => {
      await item.getByRole('link', { name: /武昌区2026年前三季度经济运行情况/ }).click();
      const panel = page.getByTestId('figure-panel');
      await panel.getByTestId('figure-withdraw').click();
      const withdrawn = page.waitForResponse((r) => r.request().method() === 'DELETE' && /\/api\/reference-figures\/\d+$/.test(r.url()));
      await page.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定|OK/ }).click();
      expect((await withdrawn).status(), 'the withdrawal is accepted by the server').toBe(204);
      // the panel follows once the document is reloaded, which on a busy machine can take a while
      await expect(panel.getByTestId('accept-figure-form')).toBeVisible({ timeout: 30_000 });
      await expect(panel.getByTestId('figure-fields')).toContainText('待审核');
      await page.goto(`/reporting/${PERIOD}/${wuchang.id}`);
      await expect(page.getByTestId('review-panel')).toBeVisible({ timeout: 60_000 });
      await expect(page.getByTestId('cross-check')).toHaveCount(0);
      const check = await reviewerApi.context.get(`/api/reference-figures/cross-check/${PERIOD}/${wuchang.id}`);
      expect(((await check.json()) as { items: unknown[] }).items).toEqual([]);
      await signOut(page);
    });
  } finally {
    await reviewerApi.dispose();
  }
});
