import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD } from '../support/env';
import { signIn } from '../support/ui';

/**
 * A district's editor writes an article in Markdown, submits it for review and publishes it under
 * his district; the public then finds it in the portal's feed, on its own page (the Markdown as
 * HTML, typed tags as text), in the sitemap and in the RSS and Atom feeds.
 */
test('an editor writes and publishes an article, which the portal, its sitemap and its RSS and Atom feeds then show', async ({ page, request }) => {
  const stamp = Date.now().toString(36);
  const slug = `e2e-article-${stamp}`;
  const title = `武昌区招商动态 ${stamp}`;

  await signIn(page, 'wuchang', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: '门户文章' }).click();
  await expect(page.getByRole('heading', { name: '门户文章' })).toBeVisible();
  await page.getByRole('button', { name: '写文章' }).click();
  await expect(page.getByRole('heading', { name: '写文章' })).toBeVisible();

  await page.getByLabel('标题', { exact: true }).fill(title);
  await page.getByLabel('文章地址', { exact: true }).fill(slug);
  await page.getByLabel('摘要', { exact: true }).fill('武昌区今年以来签约项目情况。');
  await page.getByLabel('正文（Markdown）', { exact: true }).fill('## 签约情况\n\n今年以来签约项目 **12** 个。<b>不是标签</b>');
  // The preview is the server's rendering: Markdown as HTML, the typed tag as text.
  await expect(page.getByTestId('article-preview').locator('strong')).toHaveText('12');
  await expect(page.getByTestId('article-preview')).toContainText('<b>不是标签</b>');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('第 1 版').first()).toBeVisible();

  for (const action of ['提交审核', '发布']) {
    await page.getByRole('button', { name: action }).click();
    await page.getByRole('button', { name: /确\s*定/ }).click();
    await expect(page.getByText(`已完成：${action}`)).toBeVisible();
  }
  await expect(page.getByText('门户可见')).toBeVisible();

  await page.goto('/portal/articles');
  await expect(page.locator('main').getByRole('link', { name: title })).toBeVisible();
  await page.goto(`/portal/articles/${slug}`);
  await expect(page.locator('main h1')).toHaveText(title);
  await expect(page.locator('main strong').filter({ hasText: '12' })).toBeVisible();
  await expect(page.locator('main')).toContainText('<b>不是标签</b>');

  const sitemap = await request.get('/portal/sitemap.xml');
  expect(await sitemap.text()).toContain(`/portal/articles/${slug}`);
  const rss = await request.get('/portal/feed.xml');
  expect(await rss.text()).toContain(title);
  const atom = await request.get('/portal/atom.xml');
  expect(atom.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  expect(await atom.text()).toContain(title);
});
