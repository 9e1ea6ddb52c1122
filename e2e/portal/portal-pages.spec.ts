import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * The public portal as a visitor meets it, without signing in: pages drawn by the server, readable
 * without JavaScript, passing axe (WCAG 2.1 AA, serious and critical), reached by keyboard through
 * the skip link, usable at a phone's 360 px, and the large-text mode (长者模式) kept across pages.
 */

async function audit(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${page.url()} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/** The portal's main pages, and the first article and opportunity the demo publishes (when it has them). */
async function portalPages(page: Page): Promise<string[]> {
  await page.goto('/portal');
  const article = await page.locator('main a[href^="/portal/articles/"]').first().getAttribute('href').catch(() => null);
  const opportunity = await page.locator('main a[href^="/portal/opportunities/"]').first().getAttribute('href').catch(() => null);
  return ['/portal', '/portal/articles', '/portal/policies', '/portal/opportunities', '/portal/bulletins', '/portal/contact', '/portal/en', '/portal/zh-tw/articles',
    ...(article ? [article] : []), ...(opportunity ? [opportunity] : [])];
}

test('every portal page passes axe, has its title and one main, and is read without JavaScript', async ({ browser, page }) => {
  const paths = await portalPages(page);
  const findings: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator('main')).toHaveCount(1);
    expect(await page.title()).not.toBe('');
    findings.push(...(await audit(page)));
  }
  expect(findings, findings.join('\n')).toEqual([]);

  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  for (const path of paths) {
    const response = await plain.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(plain.locator('main h1, main h2').first()).toBeVisible();
  }
  await noScript.close();
});

test('the skip link comes first, large text is kept across pages, and a phone needs no sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/portal/articles');
  await page.keyboard.press('Tab');
  await expect(page.locator('a.skip')).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);

  await page.getByRole('button', { name: '长者模式' }).click();
  await expect(page.locator('html')).toHaveClass(/large-text/);
  await page.goto('/portal/policies');
  await expect(page.locator('html')).toHaveClass(/large-text/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  await page.getByRole('button', { name: '标准字号' }).click();
  await expect(page.locator('html')).not.toHaveClass(/large-text/);
});

test('an unknown article is the portal’s own 404 page', async ({ page }) => {
  const response = await page.goto('/portal/articles/no-such-article');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
});
