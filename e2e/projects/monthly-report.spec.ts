import { expect, test } from '@playwright/test';
import { ApiSession } from '../support/api';
import { DEMO_PASSWORD } from '../support/env';
import { signIn, signOut } from '../support/ui';

// The demo's synthetic project of 武昌区: 60,000 万元 planned for 2026, reports approved through
// October (46,000 万元 to date), November not yet filed.
const PROJECT = '武昌滨江商务区数字产业园';
const MONTH = '2026年11月';
const PROGRESS = '主体结构封顶，幕墙施工完成约40%';

test('a district operator files a project\'s monthly report and the city reviewer approves it', async ({ page }) => {
  const operatorApi = await ApiSession.signIn('wuchang');
  const list = await (await operatorApi.context.get(`/api/projects?q=${encodeURIComponent(PROJECT)}`)).json() as { items: { id: number }[] };
  expect(list.items, 'the demo has the project').toHaveLength(1);
  const projectId = list.items[0]!.id;
  const reportUrl = `/api/projects/${projectId}/reports/2026-11`;
  expect((await (await operatorApi.context.get(reportUrl)).json() as { status: string }).status, 'the demo leaves November to file').toBe('not_started');

  await test.step('the operator opens the project from the library and the month from its reports', async () => {
    await signIn(page, 'wuchang', DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: '重大项目' }).click();
    await expect(page.getByRole('heading', { name: '重大项目库' })).toBeVisible();
    await page.getByLabel('名称 / 编号 / 业主').fill('滨江商务区');
    await page.getByLabel('名称 / 编号 / 业主').press('Enter');
    await page.getByTestId('projects-table').getByRole('link', { name: PROJECT }).click();
    await expect(page.getByRole('heading', { name: PROJECT })).toBeVisible();
    const row = page.getByTestId('project-reports').getByRole('row', { name: new RegExp(MONTH) });
    await expect(row.getByTestId('report-status')).toHaveText('未填报');
    await row.getByRole('button', { name: '填报' }).click();
    await expect(page.getByRole('heading', { name: `${PROJECT} · ${MONTH}` })).toBeVisible();
  });

  await test.step('a year to date that does not add up is refused, with the figure it should be', async () => {
    const month = page.getByLabel('本月完成投资（万元）');
    const ytd = page.getByLabel('本年累计完成投资（万元）');
    await month.fill('4,600');
    // The year to date follows the month while it has not been typed: October's 46,000 + 4,600.
    await expect(ytd).toHaveValue('50600');
    await ytd.fill('51000');
    await page.getByLabel('形象进度').fill(PROGRESS);
    await page.getByRole('button', { name: '保存草稿' }).click();
    await expect(page.getByText('本年累计完成投资应等于上月累计加本月完成，即50600万元')).toBeVisible();
    expect((await (await operatorApi.context.get(reportUrl)).json() as { status: string }).status, 'nothing was saved').toBe('not_started');
    await ytd.fill('50600');
    await page.getByRole('checkbox', { name: '已入库纳统' }).check();
  });

  await test.step('the operator submits the month', async () => {
    await page.getByRole('button', { name: '提交审核' }).click();
    await page.getByRole('dialog', { name: '提交本月月报？' }).getByRole('button', { name: '提交审核' }).click();
    await expect(page.getByText('已提交，等待市级审核')).toBeVisible();
    await expect(page.getByTestId('report-status')).toHaveText('已报送待审');
    await expect(page.getByTestId('report-values')).toContainText(PROGRESS);
    await expect(page.getByLabel('本月完成投资（万元）')).toHaveCount(0);
    await signOut(page);
  });

  await test.step('the city reviewer sees the month with the city and approves it', async () => {
    await signIn(page, 'reviewer', DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: '重大项目' }).click();
    await page.getByTestId('projects-table').getByRole('link', { name: PROJECT }).click();
    const row = page.getByTestId('project-reports').getByRole('row', { name: new RegExp(MONTH) });
    await expect(row.getByTestId('report-status')).toHaveText('已报送待审');
    await row.getByRole('button', { name: '查看' }).click();
    await expect(page.getByTestId('report-values')).toContainText('50,600.00');
    // Completion 50,600 / 60,000 = 84.33 %, against 91.67 % of the year gone.
    await expect(page.getByText('84.33%')).toBeVisible();
    await expect(page.getByText('91.67%')).toBeVisible();
    await page.getByRole('button', { name: '审核通过' }).click();
    await page.getByRole('dialog', { name: '审核通过本月月报？' }).getByRole('button', { name: '审核通过' }).click();
    await expect(page.getByTestId('report-status')).toHaveText('已审核');
    await expect(page.getByRole('button', { name: '退回' })).toHaveCount(0);
  });

  await test.step('the month is approved, every step recorded', async () => {
    const after = await (await operatorApi.context.get(reportUrl)).json() as { status: string; ytdInvestment: string; inStatistics: boolean; events: { action: string }[] };
    expect(after).toMatchObject({ status: 'approved', ytdInvestment: '50600', inStatistics: true });
    expect(after.events.map((e) => e.action)).toEqual(['save', 'submit', 'approve']);
    await operatorApi.dispose();
  });
});
