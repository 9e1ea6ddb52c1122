import { expect, test } from '@playwright/test';
import { uniqueUsername } from '../support/api';
import { DEMO_PASSWORD } from '../support/env';
import { chooseNewPassword, chooseOption, chooseTreeNode, signIn, signOut } from '../support/ui';

test('an operator the admin created chooses a password at the first sign-in; the auditor reads it all in words', async ({ page }) => {
  const username = uniqueUsername('qingshan.e2e');
  const displayName = '青山区测试填报员';
  const initial = 'Qingshan#E2e2026';

  await test.step('the admin creates a 青山区 operator with position and telephone; the city is not offered to an operator', async () => {
    await signIn(page, 'admin', DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: '用户管理' }).click();
    await page.getByRole('button', { name: '新建用户' }).click();
    const dialog = page.getByRole('dialog', { name: '新建用户' });
    await dialog.getByLabel('用户名').fill(username);
    await dialog.getByLabel('姓名').fill(displayName);
    await chooseOption(page, dialog.getByLabel('角色'), '区级填报员');
    await expect(dialog.getByText('区级填报员只能属于区或功能区')).toBeVisible();
    // 武汉市 is shown for the tree, but cannot be picked for an operator.
    await dialog.getByLabel('所属组织').click();
    await dialog.getByLabel('所属组织').fill('武汉市');
    await expect(page.locator('.ant-select-dropdown:visible .ant-select-tree-treenode-disabled').getByTitle('武汉市', { exact: true })).toBeVisible();
    await page.keyboard.press('Escape');
    await chooseTreeNode(page, dialog.getByLabel('所属组织'), '青山区');
    await dialog.getByLabel('职务').fill('科员');
    await dialog.getByLabel('电话').fill('13812341234');
    // A password with the user name in it is refused as such, in the form already.
    await dialog.getByLabel('初始密码').fill(`${username}#2026A`);
    await expect(dialog.getByText('密码不能包含用户名')).toBeVisible();
    await dialog.getByLabel('初始密码').fill(initial);
    await dialog.getByLabel('确认密码').fill(initial);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('用户已创建')).toBeVisible();

    await page.getByRole('searchbox', { name: '搜索用户名或姓名' }).fill(username);
    await page.getByRole('searchbox', { name: '搜索用户名或姓名' }).press('Enter');
    const row = page.getByRole('row').filter({ hasText: username });
    await expect(row).toContainText('138****1234');
    await expect(row).not.toContainText('13812341234');
    await expect(row).toContainText('待改初始密码');
    await expect(row).toContainText('科员');
    await row.getByRole('button', { name: `显示 ${displayName}` }).click();
    await expect(row).toContainText('13812341234');
    await signOut(page);
  });

  await test.step('the first sign-in asks for a new password before anything else', async () => {
    await page.goto('/login');
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码', { exact: true }).fill(initial);
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByText('设置新密码')).toBeVisible();
    // Nothing else answers the waiting session.
    const refused = await page.request.get('/api/indicators');
    expect(refused.status()).toBe(401);
    expect(((await refused.json()) as { code: string }).code).toBe('PASSWORD_CHANGE_REQUIRED');
    await page.goto('/');
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByText('设置新密码')).toBeVisible();
    // The administrator's password again is refused by the server, in words.
    await page.getByLabel('新密码', { exact: true }).fill(initial);
    await page.getByLabel('确认新密码', { exact: true }).fill(initial);
    await page.getByRole('button', { name: '保存并进入系统' }).click();
    await expect(page.getByText('新密码不能与管理员设置的密码相同')).toBeVisible();
    await chooseNewPassword(page, 'Own#Qingshan2026');
    await expect(page.getByRole('banner')).toContainText('青山区');
    await signOut(page);
  });

  await test.step('the auditor reads the trail in words, filters by object type and follows one user', async () => {
    await signIn(page, 'auditor', DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: '审计日志' }).click();
    await chooseOption(page, page.getByLabel('对象类型'), '用户');
    await page.getByRole('button', { name: '搜索' }).click();
    const person = `${displayName}（${username}）`;
    await expect(page.getByRole('row').filter({ hasText: `新建用户：${person}` })).toHaveCount(1);
    await expect(page.getByRole('row').filter({ hasText: `查看完整电话号码：${person}` })).toHaveCount(1);
    await expect(page.getByRole('row').filter({ hasText: `首次登录修改密码：${person}` })).toHaveCount(1);
    // Every row shown is about a user.
    await expect(page.getByRole('row').filter({ hasText: '年度目标' })).toHaveCount(0);

    await page.getByRole('row').filter({ hasText: `新建用户：${person}` }).getByRole('button', { name: person }).click();
    await expect(page.getByText(`只看：用户 ${person}`)).toBeVisible();
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await expect(rows.first()).toBeVisible();
    for (const text of await rows.allTextContents()) expect(text).toContain(person);
  });
});
