import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../support/env';
import { signIn } from '../support/ui';

/**
 * Accessibility (WCAG 2.1 A and AA) of every main page for every role: axe's rules run in the page
 * once its data is drawn, and a serious or critical finding fails the journey (text contrast below
 * 4.5:1, controls and progress bars without a name, landmarks, …). Every page also has its own
 * title, one <main>, and a skip link that is the first thing the keyboard reaches.
 */

const ROLES = [
  { username: 'reviewer', extra: ['/dashboard/ranking', '/targets/import'] },
  { username: 'leader', extra: ['/dashboard/ranking'] },
  { username: 'wuchang', extra: [] },
  { username: 'fgw', extra: [] },
  { username: 'admin', extra: [] },
  { username: 'auditor', extra: [] },
] as const;

interface Finding {
  page: string;
  rule: string;
  impact: string;
  count: number;
  nodes: string[];
}

/** The page is drawn: the network quiet, no page loading; a part still spinning after a while is audited as it is. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.hongtu-loading')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.locator('.ant-spin-spinning, .ant-skeleton-active')).toHaveCount(0, { timeout: 10_000 }).catch(() => undefined);
}

async function audit(page: Page, where: string): Promise<Finding[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      page: where, rule: v.id, impact: v.impact ?? '', count: v.nodes.length,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1, 2).join(' ') ?? ''}`.slice(0, 240)),
    }));
}

function report(findings: Finding[]): string {
  return findings.map((f) => `${f.page} ${f.rule} (${f.impact}, ${f.count} elements):\n  ${f.nodes.join('\n  ')}`).join('\n');
}

/** The paths of the side menu's entries, as the role sees them. */
async function menuPaths(page: Page): Promise<string[]> {
  const hrefs = await page.locator('aside .ant-menu a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.filter((h) => h.startsWith('/'));
}

// axe on a page of a few hundred cells takes seconds on a loaded machine: a role's pages get their own time.
test.describe.configure({ timeout: 12 * 60_000 });

test('the sign-in page passes axe and is named', async ({ page }) => {
  await page.goto('/login');
  await settled(page);
  await expect(page).toHaveTitle('登录 - 宏图');
  const findings = await audit(page, '/login');
  expect(findings, report(findings)).toEqual([]);
});

for (const role of ROLES) {
  test(`${role.username}: every main page passes axe (serious and critical)`, async ({ page }) => {
    // Found by this sweep and fixed at the root (2026-12-02), each with a unit test where it is a
    // rule: the preset tags' text (theme.ts: the shade under both of antd's names, which write the
    // same CSS variable), the success / warning tints and the solid card tags, an empty table's and
    // list's text (theme.ts, signed-in.css), pickers and filters standing alone named (organisation,
    // enterprise, documents' district and indicator, the liaison board's day count and switch), the
    // Q1 entry's fields named by their labels and its table's rows reached with Tab, the review
    // board's cards as toggle buttons.
    await signIn(page, role.username, DEMO_PASSWORD);
    const findings: Finding[] = [];
    for (const path of [...(await menuPaths(page)), ...role.extra]) {
      await page.goto(path);
      await settled(page);
      findings.push(...(await audit(page, `${role.username} ${path}`)));
    }
    expect(findings, report(findings)).toEqual([]);
  });

  test(`${role.username}: every main page has its own title, one main region and a skip link`, async ({ page }) => {
    await signIn(page, role.username, DEMO_PASSWORD);
    const paths = [...(await menuPaths(page)), ...role.extra];
    expect(paths.length).toBeGreaterThan(1);
    const titles = new Map<string, string>();
    for (const path of paths) {
      await test.step(path, async () => {
        await page.goto(path);
        await settled(page);
        await expect(page.locator('main')).toHaveCount(1);
        const title = await page.title();
        expect(title, `${path} is named`).toMatch(/ - 宏图$/);
        titles.set(path, title);
      });
    }
    // Each menu entry's page is named apart.
    const menuTitles = paths.filter((p) => !(role.extra as readonly string[]).includes(p)).map((p) => titles.get(p));
    expect(new Set(menuTitles).size, JSON.stringify([...titles])).toBe(menuTitles.length);

    // The keyboard's first stop is the skip link, which moves the focus into the page's main region.
    await page.goto(paths[0]!);
    await settled(page);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '跳到主要内容' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });
}

test('an input being typed in shows its focus, and progress bars are named', async ({ page }) => {
  await signIn(page, 'reviewer', DEMO_PASSWORD);
  await page.goto('/dashboard');
  await settled(page);
  for (const bar of await page.getByRole('progressbar').all()) await expect(bar).toHaveAccessibleName(/\S/);
  await page.goto('/organisations');
  await settled(page);
  const input = page.locator('main input:not([type=hidden])').first();
  await input.focus();
  // A visible ring: antd's own is 2px of 10 % blue, hardly seen; the theme's is 3px of a darker blue.
  // antd eases the ring in (a transition of 0.2 s): read once it has settled.
  const ring = () =>
    input.evaluate((element) => {
      const wrapper = element.closest('.ant-input-affix-wrapper, .ant-select, .ant-input-number, .ant-picker') ?? element;
      return getComputedStyle(wrapper).boxShadow;
    });
  await expect.poll(ring).toMatch(/rgba\(9, 88, 217, 0\.45\) 0px 0px 0px 3px/);
});
