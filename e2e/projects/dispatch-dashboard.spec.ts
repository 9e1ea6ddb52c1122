import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD } from '../support/env';
import { signIn } from '../support/ui';

// The demo year's projects in October 2026 (reports approved through October): 中南路智慧医疗综合体
// at 75 % of time progress (a yellow card under Wuhan's rule), the others on time; the documents'
// mass starts and signings; the schematic district boundaries the demo ships.
const PERIOD = '2026-10';

test('the city reviewer runs the month\'s dispatch and reads the projects\' dashboard and map', async ({ page }, testInfo) => {
  // Four pages, each a fresh load of the app, and a map: on the shared 2-core machine more than the default.
  test.setTimeout(420_000);
  await signIn(page, 'reviewer', DEMO_PASSWORD);

  await test.step('the dispatch lists the project behind time progress with its reason', async () => {
    await expect(page.getByRole('menuitem', { name: '项目调度' })).toBeVisible();
    // The month under review is in the page's address (a fresh load of the app: allow the shared machine its time).
    await page.goto(`/project-dispatch?period=${PERIOD}`);
    await expect(page.getByRole('heading', { name: '重大项目调度' })).toBeVisible({ timeout: 60_000 });
    const warnings = page.getByTestId('project-warnings');
    const row = warnings.getByRole('row', { name: /中南路智慧医疗综合体/ });
    await expect(row).toContainText('黄牌', { timeout: 30_000 });
    await expect(row).toContainText('进度滞后');
    await expect(row).toContainText('75.0%');
    await expect(warnings.getByRole('row', { name: /武昌滨江商务区数字产业园/ })).toHaveCount(0);
    // Only the stalled: none this month.
    await page.getByText(/^停滞（未报送）/).click();
    await expect(warnings.getByRole('row', { name: /中南路智慧医疗综合体/ })).toHaveCount(0);
  });

  await test.step('the projects in statistics stand beside each district\'s fixed-asset investment', async () => {
    await page.getByRole('tab', { name: '与固投衔接' }).click();
    const row = page.getByTestId('indicator-link').getByRole('row', { name: /武昌区/ });
    await expect(row).toContainText('2');
    await expect(row.getByText(/纳统项目|无已审核|无全区/).first()).toBeVisible();
  });

  await test.step('the documents\' mass starts and signings, each with its sentence', async () => {
    await page.getByRole('tab', { name: '集中开工签约' }).click();
    const row = page.getByTestId('project-events').getByRole('row', { name: /蔡甸区/ });
    await expect(row).toContainText('集中开工');
    await expect(row).toContainText('280');
    await expect(row).toContainText('6个项目将于2月集中开工');
  });

  await test.step('the dashboard ranks the districts against time progress and shows the map', async () => {
    await page.goto(`/project-dashboard?period=${PERIOD}`);
    await expect(page.getByRole('heading', { name: '重大项目看板' })).toBeVisible({ timeout: 60_000 });
    const ranking = page.getByTestId('district-ranking');
    await expect(ranking.getByRole('row', { name: /江岸区/ })).toContainText('1', { timeout: 30_000 });
    await expect(ranking.getByRole('row', { name: /武昌区/ })).toBeVisible();
    const map = page.getByTestId('project-map');
    await expect(map.getByTestId('map-source')).toContainText('示意', { timeout: 30_000 });
    await expect(map.locator('canvas').first()).toBeVisible();
    // let the chart finish its entry animation (the screenshot scrolls the map into view)
    await page.waitForTimeout(1200);
    const shot = await map.screenshot({ path: testInfo.outputPath('projects-map.png') });
    await testInfo.attach('projects-map', { body: shot, contentType: 'image/png' });
  });
});

test('a leader sees the projects he contacts (包联) on the dashboard', async ({ page }) => {
  await signIn(page, 'leader', DEMO_PASSWORD);
  await page.goto(`/project-dashboard?period=${PERIOD}`);
  const own = page.getByTestId('own-projects');
  await expect(own.getByRole('link', { name: '武昌滨江商务区数字产业园' })).toBeVisible({ timeout: 60_000 });
  await expect(own.getByRole('link', { name: '二七滨江总部基地' })).toBeVisible();
});
