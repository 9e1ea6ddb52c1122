import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { ApiSession } from '../support/api';
import { DEMO_PASSWORD } from '../support/env';
import { chooseOption, signIn, signOut } from '../support/ui';

// From the archive to the Word file: the city reviewer publishes October 2026 (a month the demo has
// approved for every district), generates 武昌区's economic bulletin for it, follows the job,
// previews the report, traces a number to the approved figure behind it (mouse and keyboard), and
// downloads the .docx, a zip whose document carries the report's title. December, published while
// 武昌区's month is still a draft, is refused until the reviewer asks for a provisional report, marked so.
const PERIOD = '2026-10';
const DISTRICT = '武昌区';
const LATER = '2026-12';

interface Source { id: string; origin: string; value: string; unit: string; indicatorName: string; organisationName: string; version: number | null; approvedAt: string | null; approvedBy: string | null }

/** "2026-11-03 10:05" in Asia/Shanghai (UTC+8, no daylight saving) for a stored instant. */
const beijing = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
interface Traced { text: string; sourceId?: string }
interface Detail { id: number; title: string; document: { blocks: { kind: string; runs?: Traced[]; rows?: Traced[][] }[]; sources: Source[] } }

test('the city reviewer generates October\'s bulletin, previews it, traces a number to its figure, downloads the Word file, and gets December only as provisional', async ({ page }) => {
  const reviewerApi = await ApiSession.signIn('reviewer');
  try {
    await test.step('October 2026 is published as the city reads it', async () => {
      const published = await reviewerApi.context.post(`/api/bulletins/${PERIOD}`);
      expect(published.status(), await published.text()).toBe(201);
    });

    await test.step('the reviewer generates 武昌区\'s bulletin for October 2026 and follows its job', async () => {
      await signIn(page, 'reviewer', DEMO_PASSWORD);
      await page.getByRole('menuitem', { name: '报告' }).click();
      await expect(page).toHaveURL(/\/reports$/);
      const form = page.getByTestId('report-generate');
      await chooseOption(page, form.getByLabel('报告类型'), '经济运行简报');
      await chooseOption(page, form.getByLabel('年份'), '2026');
      await chooseOption(page, form.getByLabel('期间'), '10月');
      await chooseOption(page, form.getByLabel('单位'), DISTRICT);
      await form.getByTestId('report-generate-submit').click();
      const done = page.getByTestId('report-generate-done');
      await expect(done).toContainText('已生成《', { timeout: 120_000 });
      await done.getByTestId('report-generate-open').click();
      await expect(page).toHaveURL(/\/reports\/\d+$/);
    });

    const id = Number(/\/reports\/(\d+)$/.exec(page.url())![1]);
    const detailAnswer = await reviewerApi.context.get(`/api/reports/${id}`);
    expect(detailAnswer.status(), await detailAnswer.text()).toBe(200);
    const detail = (await detailAnswer.json()) as Detail;
    const sources = new Map(detail.document.sources.map((s) => [s.id, s]));
    // The first number read from an approved figure: in the text, else in a table.
    const isFigure = (r: Traced) => r.sourceId !== undefined && sources.get(r.sourceId)?.origin === 'figure';
    const run = detail.document.blocks.flatMap((b) => b.runs ?? []).find(isFigure) ?? detail.document.blocks.flatMap((b) => (b.rows ?? []).flat()).find(isFigure);
    expect(run, 'the bulletin has a number read from an approved figure').toBeTruthy();
    const source = sources.get(run!.sourceId!)!;

    await test.step('the preview shows the report; a number opens its source: unit, indicator, exact value, version and approver', async () => {
      const preview = page.getByTestId('report-preview');
      await expect(preview.locator('.report-title')).toContainText(detail.title);
      const number = preview.locator(`[data-testid="report-number"][data-source-id="${source.id}"]`).first();
      await expect(number).toHaveText(run!.text);
      await number.click();
      const details = page.getByTestId('source-details');
      await expect(details).toBeVisible();
      // The exact value as stored, its unit in words.
      await expect(details.getByTestId('source-value')).toContainText(source.value);
      await expect(details).toContainText(source.organisationName);
      await expect(details).toContainText(source.indicatorName);
      await expect(details).toContainText('已审核的报送数据');
      expect(source.version).not.toBeNull();
      await expect(details).toContainText(`第 ${source.version} 版`);
      // Approved at (Beijing time) and by whom; the demo's months were approved by no user, shown as "—".
      expect(source.approvedAt, 'an approved figure has its approval time').toBeTruthy();
      await expect(details).toContainText(beijing(source.approvedAt!));
      await expect(details).toContainText(source.approvedBy ?? '—');
      await number.press('Escape');
      await expect(details).toBeHidden();
    });

    await test.step('the same number is reached and opened with the keyboard', async () => {
      const number = page.getByTestId('report-preview').locator(`[data-testid="report-number"][data-source-id="${source.id}"]`).first();
      await number.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('source-details').getByTestId('source-value')).toBeVisible();
      await expect(number).toHaveAttribute('aria-expanded', 'true');
      await number.press('Escape');
    });

    await test.step('the Word file downloads: a zip whose document carries the title and the traced number', async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-download-docx').click()]);
      expect(download.suggestedFilename()).toMatch(/\.docx$/);
      const bytes = await readFile(await download.path());
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      const zip = await JSZip.loadAsync(bytes);
      const xml = await zip.file('word/document.xml')?.async('string');
      expect(xml, 'the .docx has word/document.xml').toBeTruthy();
      // Text only: Word may split a line across runs.
      const text = xml!.replace(/<[^>]+>/g, '');
      expect(text).toContain(detail.title);
      expect(text, 'the traced number is in the Word file as in the preview').toContain(run!.text);
    });

    await test.step('the Excel file downloads beside it: a workbook', async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-download-xlsx').click()]);
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      const zip = await JSZip.loadAsync(await readFile(await download.path()));
      expect(zip.file('xl/workbook.xml'), 'the .xlsx has its workbook').toBeTruthy();
    });

    await test.step('the preview with a source open passes axe (no serious or critical finding)', async () => {
      const number = page.getByTestId('report-preview').locator(`[data-testid="report-number"][data-source-id="${source.id}"]`).first();
      await number.click();
      await expect(page.getByTestId('source-details')).toBeVisible();
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await number.press('Escape');
    });

    await test.step('the changes since the previous revision: the first revision has none to compare with', async () => {
      await page.getByRole('tab', { name: '与上一版相比' }).click();
      await expect(page.getByTestId('report-diff')).toContainText('第一版');
    });

    await test.step('December 2026, published while 武昌区\'s month is a draft, is refused; the form explains and offers a provisional report', async () => {
      // The city opens December (no other journey uses it) and 武昌区's operator saves a draft of it.
      const opened = await reviewerApi.context.post('/api/periods', { data: { year: 2026, month: 12 } });
      expect(opened.status(), await opened.text()).toBe(201);
      const operatorApi = await ApiSession.signIn('wuchang');
      try {
        const wuchang = await operatorApi.organisationNamed(DISTRICT);
        const base = `/api/submissions/${LATER}/${wuchang.id}`;
        const month = (await (await operatorApi.context.get(base)).json()) as { figures: { indicatorCode: string; previousYtd: string | null; version: number }[] };
        const revenue = month.figures.find((f) => f.indicatorCode === 'general_budget_revenue')!;
        const value = String(Math.round(Number(revenue.previousYtd ?? '100') * 105) / 100);
        const saved = await operatorApi.context.put(`${base}/figures`, {
          data: { figures: [{ indicatorCode: 'general_budget_revenue', ytdValue: value, reportedYoy: null, note: null, version: revenue.version }] },
        });
        expect(saved.status(), await saved.text()).toBe(200);
      } finally {
        await operatorApi.dispose();
      }
      const published = await reviewerApi.context.post(`/api/bulletins/${LATER}`);
      expect(published.status(), await published.text()).toBe(201);
      await page.getByRole('link', { name: '返回报告列表' }).click();
      await expect(page).toHaveURL(/\/reports$/);
      const form = page.getByTestId('report-generate');
      await expect(form.getByTestId('report-provisional')).toHaveCount(0);
      await chooseOption(page, form.getByLabel('年份'), '2026');
      await chooseOption(page, form.getByLabel('期间'), '12月');
      await chooseOption(page, form.getByLabel('单位'), DISTRICT);
      await form.getByTestId('report-generate-submit').click();
      // As the server words it.
      await expect(page.getByTestId('report-generate-failed')).toContainText('未审核通过', { timeout: 120_000 });
      await expect(page.getByTestId('report-provisional-explain')).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
      await form.getByTestId('report-provisional').check();
      await form.getByTestId('report-generate-submit').click();
      const done = page.getByTestId('report-generate-done');
      await expect(done).toContainText('已生成《', { timeout: 120_000 });
      await done.getByTestId('report-generate-open').click();
      await expect(page.getByTestId('report-provisional')).toContainText('尚未全部审核通过');
      await expect(page.getByTestId('report-preview')).toHaveAttribute('data-provisional', 'true');
      await signOut(page);
    });
  } finally {
    await reviewerApi.dispose();
  }
});
