import { expect, test, type Page } from '@playwright/test';
import { ApiSession } from '../support/api';
import { DEMO_PASSWORD, E2E_BASE_URL } from '../support/env';
import { demoSecondFactorCode, skipCurrentStep } from '../support/second-factor';
import { chooseOption } from '../support/ui';

// The demo's synthetic project of 武昌区; 发改委 (the demo account `fgw`) is the department asked.
const PROJECT = '武昌滨江商务区数字产业园';
const DEPARTMENT = '武汉市发展和改革委员会';
const TITLE = `临时用电增容未批复（${Date.now().toString(36)}）`;
const ANSWER = '已协调供电公司，十个工作日内完成增容';
/** A one-pixel JPEG, as a phone's camera hands the page a photo. */
const PHOTO = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);
const PHONE = { width: 360, height: 740 };

/**
 * Signs the page's browser in through the API (the session cookie is the browser's): the sign-in
 * page itself is other journeys' subject; this one is about problems. The reviewer types the demo's code.
 */
async function signInAs(page: Page, username: string): Promise<void> {
  await page.context().clearCookies();
  const headers = { Origin: new URL(E2E_BASE_URL).origin, 'Accept-Language': 'zh-CN' };
  const response = await page.request.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD }, headers });
  expect(response.status(), await response.text()).toBe(200);
  if (((await response.json()) as { pendingStep: string | null }).pendingStep === 'second-factor') {
    for (let attempt = 0; ; attempt++) {
      const verified = await page.request.post('/api/auth/second-factor/verify', { data: { code: await demoSecondFactorCode(username) }, headers });
      if (verified.ok()) break;
      expect(attempt, await verified.text()).toBe(0);
      skipCurrentStep(username);
    }
  }
}
const DESK = { width: 1440, height: 900 };

test('a district operator raises a problem with a photo on a phone, the department answers it, the city sees it in the dispatch list', async ({ page }) => {
  const operatorApi = await ApiSession.signIn('wuchang');
  const list = await (await operatorApi.context.get(`/api/projects?q=${encodeURIComponent(PROJECT)}`)).json() as { items: { id: number }[] };
  expect(list.items, 'the demo has the project').toHaveLength(1);
  const projectId = list.items[0]!.id;

  await test.step('the operator raises the problem on a 360-px screen and takes a photo', async () => {
    await page.setViewportSize(PHONE);
    await signInAs(page, 'wuchang');
    await page.goto(`/project-problems/new?projectId=${projectId}`);
    await expect(page.getByText('提出项目问题', { exact: true }).first()).toBeVisible();
    await chooseOption(page, page.getByLabel('问题类别'), '水电气配套');
    await page.getByLabel('问题', { exact: true }).fill(TITLE);
    await page.getByLabel('情况说明').fill('施工用电负荷不足，影响塔吊作业');
    await chooseOption(page, page.getByLabel('交办部门'), DEPARTMENT);
    const camera = page.getByTestId('problem-photo');
    await expect(camera).toHaveAttribute('capture', 'environment');
    await camera.setInputFiles({ name: '现场照片.jpg', mimeType: 'image/jpeg', buffer: PHOTO });
    await expect(page.getByText('现场照片.jpg')).toBeVisible();
    // The form fits the phone's screen.
    const form = await page.locator('form.problem-form').boundingBox();
    expect(form!.x + form!.width).toBeLessThanOrEqual(PHONE.width);
    await page.getByRole('button', { name: '提交' }).click();
    await expect(page.getByText(TITLE, { exact: true }).first()).toBeVisible();
    await expect(page.getByText('办理中')).toBeVisible();
    await expect(page.getByTestId('attachment')).toHaveCount(1);
    await expect(page.getByRole('img', { name: '现场照片.jpg' })).toBeVisible();
    const photo = await page.getByRole('img', { name: '现场照片.jpg' }).boundingBox();
    expect(photo!.x + photo!.width).toBeLessThanOrEqual(PHONE.width);
    await page.setViewportSize(DESK);
  });

  await test.step('the department finds the problem sent to it and answers', async () => {
    await signInAs(page, 'fgw');
    await page.goto('/project-problems');
    await page.getByRole('link', { name: TITLE }).click();
    await expect(page.getByText(TITLE, { exact: true }).first()).toBeVisible();
    await page.getByRole('button', { name: '答复', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '答复' });
    await dialog.getByLabel('答复内容').fill(ANSWER);
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect(page.getByTestId('problem-answer')).toContainText(ANSWER);
    await expect(page.getByText('已答复').first()).toBeVisible();
  });

  await test.step('the city reviewer sees it in the dispatch list and exports the meeting\'s workbook', async () => {
    await signInAs(page, 'reviewer');
    await page.goto('/');
    await page.getByRole('link', { name: '问题调度' }).first().click();
    await expect(page.getByText('问题调度清单', { exact: true }).first()).toBeVisible();
    const row = page.getByRole('row', { name: new RegExp(TITLE.replace(/[()（）]/g, '.')) });
    await expect(row).toContainText('武昌区');
    await expect(row).toContainText(DEPARTMENT);
    await expect(row).toContainText('已答复');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出调度清单' }).click();
    expect((await download).suggestedFilename()).toMatch(/^项目问题调度清单-\d{4}-\d{2}-\d{2}\.xlsx$/);
  });

  await test.step('every step is recorded', async () => {
    const problems = await (await operatorApi.context.get(`/api/project-problems?projectId=${projectId}&pageSize=200`)).json() as { items: { id: number; title: string }[] };
    const id = problems.items.find((p) => p.title === TITLE)!.id;
    const problem = await (await operatorApi.context.get(`/api/project-problems/${id}`)).json() as { status: string; events: { action: string }[] };
    expect(problem.status).toBe('answered');
    expect(problem.events.map((e) => e.action)).toEqual(['raise', 'answer']);
    await operatorApi.dispose();
  });
});
