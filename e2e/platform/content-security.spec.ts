import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../support/env';
import { signIn, signOut } from '../support/ui';

/** Records every Content-Security-Policy violation the page reports, from its first script on. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) fromConsole.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  return async () => [...fromConsole, ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))];
}

test('the app runs under its style policy: antd styles carry the page nonce, nothing is blocked', async ({ page }) => {
  const violations = await recordViolations(page);

  await test.step('the sign-in page is styled by antd under the nonce', async () => {
    await page.goto('/login');
    const button = page.getByRole('button', { name: '登录' });
    await expect(button).toBeVisible();
    // Without the nonce antd's <style> elements would be refused and the primary button left unstyled.
    const background = await button.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    const styled = await page.evaluate(() => [...document.querySelectorAll('style')].filter((s) => s.nonce !== '').length);
    expect(styled).toBeGreaterThan(0);
  });

  await test.step('the leader reads the overview with its charts and menus', async () => {
    await signIn(page, 'leader', DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: '经济运行总览' }).click();
    await expect(page.locator('.ant-table-tbody tr.ant-table-row').first()).toBeVisible();
    // The ranking page draws a chart; its tooltip is HTML with style attributes, drawn on hover.
    await page.goto('/dashboard/ranking');
    const chart = page.locator('canvas').first();
    await expect(chart).toBeVisible();
    await chart.hover({ position: { x: 120, y: 80 } });
    await signOut(page);
  });

  await test.step('an operator opens the month form', async () => {
    await signIn(page, 'wuchang', DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: '月度填报' }).click();
    await expect(page.getByRole('main').first()).toBeVisible();
  });

  expect(await violations()).toEqual([]);
});
