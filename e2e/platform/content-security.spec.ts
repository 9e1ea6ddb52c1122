import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../support/env';
import { signIn, signOut } from '../support/ui';

/**
 * antd's table measures the scrollbar by inserting, for a moment, a <style> with an empty
 * `::-webkit-scrollbar {}` rule that it cannot give a nonce (rc-util's getScrollBarSize). Refused,
 * it changes nothing; it is the one inline style the policy is allowed to refuse.
 */
const SCROLLBAR_MEASURE = /^\s*#rc-scrollbar-measure-[a-z0-9]+::-webkit-scrollbar\s*\{\s*\}\s*$/;

/**
 * Records every Content-Security-Policy violation of every page visited (the browser's own
 * console messages and the page's securitypolicyviolation events, sent to the console so that a
 * navigation loses none), and every <style> element inserted without the page's nonce.
 */
async function recordViolations(page: Page): Promise<() => string[]> {
  const refusedStyles: string[] = [];
  const otherMessages: string[] = [];
  const events: string[] = [];
  const unnonced: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('csp-violation ')) events.push(text.slice('csp-violation '.length));
    else if (text.startsWith('unnonced-style ')) unnonced.push(text.slice('unnonced-style '.length));
    else if (text.includes('Content Security Policy')) (text.startsWith('Applying inline style') ? refusedStyles : otherMessages).push(text);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.info(`csp-violation ${event.violatedDirective} ${event.sample} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`);
    });
    for (const name of ['appendChild', 'insertBefore'] as const) {
      const original = Node.prototype[name] as (...args: unknown[]) => unknown;
      (Node.prototype as unknown as Record<string, unknown>)[name] = function (this: Node, ...args: unknown[]) {
        const node = args[0];
        if (node instanceof HTMLStyleElement && !node.nonce) console.info(`unnonced-style ${node.textContent ?? ''}`);
        return original.apply(this, args);
      };
    }
  });
  return () => {
    // Each refused inline style must be one of the scrollbar measures; anything else is a finding.
    const unexpectedStyles = unnonced.filter((css) => !SCROLLBAR_MEASURE.test(css)).map((css) => `style without nonce: ${css.slice(0, 120)}`);
    const explained = unnonced.length - unexpectedStyles.length;
    return [
      ...otherMessages,
      ...events.filter((e) => !e.startsWith('style-src-elem')),
      ...unexpectedStyles,
      ...(refusedStyles.length > explained ? refusedStyles : []),
    ];
  };
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

  expect(violations()).toEqual([]);
});
