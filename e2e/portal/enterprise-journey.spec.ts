import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { ApiSession } from '../support/api';
import { DEMO_PASSWORD } from '../support/env';
import { signIn } from '../support/ui';

/**
 * What the public sends, end to end: an enterprise signs up on the portal (the proof code read from
 * the server's log, where the console sender writes it outside production), the district confirms
 * it in the app, the enterprise expresses interest in an opportunity of 武昌区 and raises a problem,
 * follows both on its page (told when the department signs for the ticket), and the district finds
 * both in its 门户来信 inbox.
 */

/** A credit code of its own with its check character (GB 32100). */
function creditCode(): string {
  const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const body = `91420106${String(Date.now()).slice(-8)}7`;
  const total = [...body].reduce((sum, c, i) => sum + charset.indexOf(c) * weights[i]!, 0);
  return body + charset.charAt((31 - (total % 31)) % 31);
}

/** The last proof code the server's console sender wrote for this address. */
async function proofCodeFor(address: string): Promise<string> {
  const file = process.env.HONGTU_E2E_SERVER_LOG;
  expect(file, 'global-setup writes the server log to a file').toBeTruthy();
  let found: string | undefined;
  await expect.poll(async () => {
    const lines = (await readFile(file!, 'utf8')).split('\n').filter((l) => l.includes(`to ${address}:`));
    // The message's text follows the address (whose own digits are not the code).
    found = /\b(\d{6})\b/.exec((lines.at(-1) ?? '').split(`to ${address}:`)[1] ?? '')?.[1];
    return found;
  }, { timeout: 15_000 }).toBeTruthy();
  return found!;
}

test('an enterprise signs up, is confirmed, expresses interest and raises a problem, and the district sees both', async ({ browser }) => {
  // The enterprise is in the registry of 武昌区 (recorded here, so that the journey relies on no other journey's data).
  const code = creditCode();
  const company = `来信测试${code.slice(-6)}有限公司`;
  const officer = await ApiSession.signIn('wuchang');
  const registered = await officer.context.post('/api/enterprises', { data: { creditCode: code, name: company } });
  expect(registered.status(), await registered.text()).toBe(201);
  const email = `submissions-${code.slice(-6).toLowerCase()}@example.com`;
  const password = 'Qiye#Laixin2026';

  const portal = await (await browser.newContext()).newPage();
  await portal.goto('/portal/account/sign-up');
  await portal.getByLabel('统一社会信用代码（18 位）').fill(code);
  await portal.getByLabel('企业名称').fill(company);
  await portal.getByLabel('联系人').fill('陈经理');
  await portal.getByLabel('电子邮箱（接收验证码）').fill(email);
  await portal.getByLabel('密码（至少 8 位，含三类字符）').fill(password);
  await portal.getByLabel('我已阅读并同意上述个人信息处理说明').check();
  await expect(portal.locator('[data-portal-challenge]')).toHaveAttribute('data-solved', 'true', { timeout: 60_000 });
  await portal.getByRole('button', { name: '提交' }).click();
  await expect(portal.getByRole('heading', { name: '输入验证码' })).toBeVisible();
  await portal.getByLabel('验证码').fill(await proofCodeFor(email));
  await portal.getByRole('button', { name: '提交' }).click();
  await portal.waitForURL((url) => !url.pathname.endsWith('/verify'));
  await portal.goto('/portal/account');
  await expect(portal.getByText('待所在区确认')).toBeVisible();

  // The district confirms the sign-up in the app.
  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, 'wuchang', DEMO_PASSWORD);
  await staff.getByRole('menuitem', { name: '企业入驻审核' }).click();
  const row = staff.getByRole('row').filter({ hasText: company });
  await row.getByRole('button', { name: '确认' }).click();
  await staff.getByRole('dialog').getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(row).toHaveCount(0);

  // Interest in an opportunity of 武昌区, from its page.
  await portal.goto('/portal/account/sign-in');
  await portal.getByLabel('统一社会信用代码（18 位）').fill(code);
  await portal.getByLabel('密码', { exact: true }).fill(password);
  await portal.getByRole('button', { name: '登录' }).click();
  await portal.goto('/portal/opportunities');
  await portal.getByRole('link', { name: '武昌滨江商务区B3地块' }).first().click();
  await portal.getByRole('link', { name: '我有意向，提交投资意向' }).click();
  await expect(portal.getByRole('heading', { name: /表达投资意向/ })).toBeVisible();
  await portal.getByLabel('补充说明（选填）').fill('计划设立区域总部，希望实地考察。');
  await portal.getByLabel('联系人', { exact: true }).fill('陈经理');
  await portal.getByLabel('联系电话或电子邮箱', { exact: true }).fill('13812345678');
  await portal.getByRole('checkbox', { name: /我同意/ }).check();
  await portal.getByRole('button', { name: '提交' }).click();
  await expect(portal).toHaveURL(/\/portal\/account\/submissions\?sent=1$/);
  await expect(portal.getByRole('article').filter({ hasText: '武昌滨江商务区B3地块' }).getByText('已转办', { exact: true })).toBeVisible();

  // A problem: a service ticket of 武昌区 with its deadline.
  await portal.getByRole('link', { name: '提交新的诉求' }).click();
  await portal.getByLabel('类别').selectOption({ label: '用工' });
  await portal.getByLabel('受理部门').selectOption({ label: '武汉市发展和改革委员会' });
  await portal.getByLabel('标题', { exact: true }).fill('技术工人招聘难');
  await portal.getByLabel('内容', { exact: true }).fill('新产线需要 50 名技术工人，希望对接职业院校。');
  await portal.getByLabel('联系人', { exact: true }).fill('陈经理');
  await portal.getByLabel('联系电话或电子邮箱', { exact: true }).fill(email);
  await portal.getByRole('checkbox', { name: /我同意/ }).check();
  await portal.getByRole('button', { name: '提交' }).click();
  const problem = portal.getByRole('article').filter({ hasText: '技术工人招聘难' });
  await expect(problem.getByText('已转办', { exact: true })).toBeVisible();
  await expect(problem.getByText(/答复期限：\d{4}-\d{2}-\d{2}/)).toBeVisible();

  // The department signs for the ticket in its own module (企业服务): the enterprise is told on its page.
  const enterpriseId = ((await registered.json()) as { id: number }).id;
  const department = await ApiSession.signIn('fgw');
  const tickets = await department.context.get(`/api/enterprise-service/problems?enterpriseId=${enterpriseId}`);
  expect(tickets.status(), await tickets.text()).toBe(200);
  const ticket = ((await tickets.json()) as { items: { id: number; version: number; title: string }[] }).items.find((p) => p.title === '技术工人招聘难');
  const signedFor = await department.context.post(`/api/enterprise-service/problems/${ticket!.id}/acknowledge`, { data: { version: ticket!.version } });
  expect(signedFor.status(), await signedFor.text()).toBe(200);
  await department.dispose();
  await portal.goto('/portal/account');
  await expect(portal.getByText('您的来信「技术工人招聘难」状态更新为：办理中')).toBeVisible();

  // The district sees both in its inbox, the contact masked.
  await staff.getByRole('menuitem', { name: '门户来信' }).click();
  await expect(staff.getByRole('heading', { name: '门户来信' })).toBeVisible();
  const mine = staff.getByRole('row').filter({ hasText: company });
  await expect(mine).toHaveCount(2);
  await expect(mine.filter({ hasText: '武昌滨江商务区B3地块' }).getByText('138****5678')).toBeVisible();
  await expect(mine.filter({ hasText: '技术工人招聘难' })).toContainText('企业诉求');

  // The district closes the interest with a note; the enterprise is told and sees it in the history.
  await mine.filter({ hasText: '武昌滨江商务区B3地块' }).getByRole('cell').first().click();
  const drawer = staff.getByRole('dialog');
  await expect(drawer.getByText('计划设立区域总部，希望实地考察。')).toBeVisible();
  await drawer.getByLabel('告知来信人的说明（选填）').fill('已安排实地考察，招商专班将电话联系');
  await drawer.getByRole('button', { name: '改为“已办结”' }).click();
  await expect(drawer.getByText('已安排实地考察，招商专班将电话联系')).toBeVisible();
  await portal.goto('/portal/account/submissions');
  const closed = portal.getByRole('article').filter({ hasText: '武昌滨江商务区B3地块' });
  await expect(closed.getByText('已办结', { exact: true })).toBeVisible();
  await expect(closed.getByText(/已安排实地考察/)).toBeVisible();
  await portal.goto('/portal/account');
  await expect(portal.getByText(/您的来信「武昌滨江商务区B3地块」状态更新为：已办结/)).toBeVisible();
});
