import { expect, test, type Page } from '@playwright/test';
import { ApiSession } from '../support/api';
import { DEMO_PASSWORD, E2E_BASE_URL } from '../support/env';

const PROJECT = `智能网联汽车零部件项目（${Date.now().toString(36)}）`;
const PHONE = { width: 360, height: 740 };

/** Signs the page's browser in through the API (the sign-in page is other journeys' subject). */
async function signInAs(page: Page, username: string): Promise<void> {
  await page.context().clearCookies();
  const headers = { Origin: new URL(E2E_BASE_URL).origin, 'Accept-Language': 'zh-CN' };
  const response = await page.request.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD }, headers });
  expect(response.status(), await response.text()).toBe(200);
}

test('a district operator takes a lead from the first visit to a signed contract and a major project, on a phone', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signInAs(page, 'wuchang');

  await test.step('records the lead: its phone is shown masked', async () => {
    await page.goto('/investment');
    await page.getByRole('button', { name: '登记线索' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('项目名称').fill(PROJECT);
    await dialog.getByLabel('投资方').fill('某汽车零部件集团');
    await dialog.getByLabel('意向投资（亿元）').fill('25.5');
    await dialog.getByLabel('联系人').fill('张经理');
    await dialog.getByLabel('联系电话').fill('13912345678');
    await dialog.getByLabel('责任人').fill('区招商局二科');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('heading', { name: PROJECT })).toBeVisible();
    await expect(page.getByTestId('lead-stage')).toHaveText('线索');
    await expect(page.getByTestId('lead-phone')).toContainText('139****5678');
  });

  await test.step('logs the first visit and moves the lead to 洽谈', async () => {
    await page.getByRole('button', { name: '记录走访' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('内容').fill('首次上门拜访，介绍园区配套政策');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('首次上门拜访，介绍园区配套政策')).toBeVisible();
    await page.getByRole('button', { name: '推进到“洽谈”' }).click();
    await expect(page.getByTestId('lead-stage')).toHaveText('洽谈');
  });

  await test.step('records the signed contract, which moves the lead to 签约', async () => {
    await page.getByRole('button', { name: '登记签约合同' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('合同金额').fill('25.5');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(page.getByTestId('lead-stage')).toHaveText('签约');
    await expect(page.getByTestId('lead-contract')).toContainText('25.50 亿元');
  });

  await test.step('turns the contract into a major project of the district', async () => {
    // The choice of category makes the project at once; the select gives way to the project's link.
    await page.getByLabel('转为重大项目').click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('先进制造业', { exact: true }).click();
    const link = page.getByTestId('lead-contract').getByRole('link');
    await expect(link).toBeVisible();
    const projectId = Number((await link.textContent())!.replace('#', ''));
    const api = await ApiSession.signIn('wuchang');
    const project = await (await api.context.get(`/api/projects/${projectId}`)).json() as { name: string; stage: string; ownerName: string };
    expect(project).toMatchObject({ name: PROJECT, stage: 'signed', ownerName: '某汽车零部件集团' });
  });

  await test.step('reads the full phone on demand', async () => {
    await page.getByRole('button', { name: '查看完整号码' }).click();
    await expect(page.getByTestId('lead-phone')).toContainText('13912345678');
  });
});
