import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../support/env';
import { chooseTreeNode, signIn } from '../support/ui';

/**
 * The administrator keeps the city's territorial scope on the ranking page (DOMAIN.md "Territorial
 * scope"): a functional zone that holds part of a district is registered as such (so the city's
 * sums count that ground once), and zones may be ranked apart from districts. The city's reviewer
 * then reads the city's ranking with zones apart. The journey leaves the scope as it found it,
 * since other journeys read the city's sums.
 */
test('the administrator registers a zone overlapping a district and ranks zones apart; the city reads it', async ({ page, browser }) => {
  await signIn(page, 'admin', DEMO_PASSWORD);
  await page.goto('/dashboard/ranking');
  const panel = page.getByTestId('territory-panel');
  // The ranking of the month is computed before the panel is drawn; a loaded shared machine takes its time.
  await expect(panel).toBeVisible({ timeout: 60_000 });
  const overlap = panel.getByText('东湖高新区 含 洪山区 的部分区域（合计时不计 东湖高新区）');

  try {
    await test.step('the administrator registers an overlap, in words, and ranks zones apart', async () => {
      // Typed into the search box: the list shows only the first units until it is scrolled.
      await chooseTreeNode(page, panel.getByLabel('功能区（或区）'), '东湖高新区');
      await chooseTreeNode(page, panel.getByLabel('所重叠的区'), '洪山区');
      await panel.getByRole('button', { name: '登记重叠' }).click();
      // Each change reads the ranking again, and the panel is drawn anew with it.
      await expect(overlap).toBeVisible({ timeout: 60_000 });
      await setRankApart(page, true);
    });

    await test.step('both are kept: read again, they are as set', async () => {
      await page.reload();
      await expect(overlap).toBeVisible({ timeout: 60_000 });
      await expect(panel.getByRole('switch', { name: '功能区与区分开排名' })).toHaveAttribute('aria-checked', 'true');
    });

    await test.step("the city's reviewer reads the ranking with zones apart, each zone marked", async () => {
      const context = await browser.newContext();
      const reviewer = await context.newPage();
      try {
        await signIn(reviewer, 'reviewer', DEMO_PASSWORD);
        await reviewer.goto('/dashboard/ranking');
        await expect(reviewer.getByTestId('zones-ranked-apart')).toBeVisible({ timeout: 60_000 });
        const zoneRow = reviewer.getByRole('row').filter({ hasText: '东湖高新区' });
        await expect(zoneRow.getByText('功能区', { exact: true })).toBeVisible();
        // The reviewer may read the scope but not change it.
        await expect(reviewer.getByTestId('territory-panel')).toHaveCount(0);
      } finally {
        await context.close();
      }
    });
  } finally {
    await test.step('taken back, the scope is as it was', async () => {
      if (await overlap.isVisible()) {
        await panel.getByRole('listitem').filter({ hasText: '东湖高新区 含 洪山区' }).getByRole('button', { name: '删除' }).click();
      }
      await expect(overlap).toHaveCount(0);
      // The demo's own overlap (武汉经开区 on 汉南区's ground, seed 001) stays.
      await expect(panel.getByText('武汉经开区 含 汉南区 的部分区域（合计时不计 武汉经开区）')).toBeVisible();
      await setRankApart(page, false);
    });
  }
});

async function setRankApart(page: Page, on: boolean): Promise<void> {
  const toggle = page.getByTestId('territory-panel').getByRole('switch', { name: '功能区与区分开排名' });
  if ((await toggle.getAttribute('aria-checked')) !== String(on)) await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', String(on), { timeout: 60_000 });
}
