import { expect, test } from '@playwright/test';
import { ApiSession, uniqueUsername } from '../support/api';
import { DEMO_PASSWORD } from '../support/env';
import { chooseOption, chooseTreeNode, signIn } from '../support/ui';

test('the admin creates, edits (with a stale-version conflict) and deletes an organisation', async ({ page }) => {
  const suffix = Date.now().toString(36).toUpperCase();
  const code = `E2E-${suffix}`;
  await signIn(page, 'admin', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: '组织机构' }).click();

  await test.step('the form checks the contract rules and shows server field errors', async () => {
    await page.getByRole('button', { name: '新建组织' }).click();
    const dialog = page.getByRole('dialog', { name: '新建组织' });
    await dialog.getByLabel('名称').fill('测试街道');
    await dialog.getByLabel('编码').fill('有 空格');
    await expect(dialog.getByText('编码只能包含字母、数字、下划线和连字符')).toBeVisible();
    await dialog.getByLabel('编码').fill('420102');
    await chooseOption(page, dialog.getByLabel('类型'), '街道');
    await chooseTreeNode(page, dialog.getByLabel('上级组织'), '江岸区');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog.getByText('编码“420102”已被使用')).toBeVisible();
    await dialog.getByLabel('编码').fill(code);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('组织已创建')).toBeVisible();
    await expect(page.getByRole('heading', { name: '测试街道' })).toBeVisible();
    await expect(page.getByRole('navigation').filter({ hasText: '江岸区' })).toBeVisible();
  });

  const id = Number(new URL(page.url()).pathname.split('/').pop());

  await test.step('a rename is saved', async () => {
    await page.getByRole('button', { name: '编辑' }).click();
    const dialog = page.getByRole('dialog', { name: '编辑组织' });
    await dialog.getByLabel('名称').fill('测试街道（改）');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('heading', { name: '测试街道（改）' })).toBeVisible();
  });

  await test.step('saving over someone else’s change is refused and the page reloads', async () => {
    await page.getByRole('button', { name: '编辑' }).click();
    const dialog = page.getByRole('dialog', { name: '编辑组织' });
    const other = await ApiSession.signIn('admin');
    const patched = await other.context.patch(`/api/organisations/${id}`, { data: { name: '他人修改的名称', version: 2 } });
    expect(patched.status()).toBe(200);
    await other.dispose();
    await dialog.getByLabel('名称').fill('我的修改');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('数据已被他人修改，已重新加载最新内容')).toBeVisible();
    await expect(page.getByRole('heading', { name: '他人修改的名称' })).toBeVisible();
  });

  await test.step('the organisation is deleted', async () => {
    await page.getByRole('button', { name: '删除' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '删除' }).click();
    await expect(page.getByText('组织已删除')).toBeVisible();
    await expect(page).toHaveURL(/\/organisations$/);
    await expect(page.getByRole('link', { name: '他人修改的名称' })).toHaveCount(0);
  });
});

test('the admin manages a district group and a user account', async ({ page }) => {
  const admin = await ApiSession.signIn('admin');
  const jiangan = await admin.organisationNamed('江岸区');
  const username = uniqueUsername('staff.e2e');
  await admin.createUser({ username, displayName: '账户测试', role: 'district_operator', organisationId: jiangan.id, password: 'Staff#2026x' });
  await admin.dispose();
  await signIn(page, 'admin', DEMO_PASSWORD);

  await test.step('a group is created, given members and deleted', async () => {
    await page.getByRole('menuitem', { name: '组织机构' }).click();
    await page.getByRole('button', { name: '新建分组' }).click();
    const create = page.getByRole('dialog', { name: '新建分组' });
    await create.getByLabel('分组名称').fill('测试分组');
    await create.getByLabel('分组编码').fill(`G-${Date.now().toString(36)}`);
    await create.getByRole('button', { name: '保存' }).click();
    const group = page.getByRole('region', { name: '测试分组' });
    await expect(group).toContainText('暂无成员');
    await group.getByRole('button', { name: '设置成员' }).click();
    const members = page.getByRole('dialog', { name: '设置“测试分组”的成员' });
    // Dropdowns animate: a click landing while the list moves is retried until the field holds the tag.
    const field = members.getByLabel('成员（区 / 功能区）');
    const select = field.locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
    await expect(async () => {
      if ((await select.textContent())?.includes('江岸区')) return; // chosen already: another click would take it out
      await field.fill('江岸');
      await page.locator('.ant-select-dropdown:visible').getByTitle('江岸区', { exact: true }).click({ timeout: 3000 });
      await expect(select).toContainText('江岸区', { timeout: 2000 });
    }).toPass({ timeout: 20_000 });
    await members.getByText('设置“测试分组”的成员').click(); // closes the option list
    await members.getByRole('button', { name: '保存' }).click();
    await expect(group).toContainText('江岸区');
    await group.getByRole('button', { name: '删除' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '删除' }).click();
    await expect(group).toHaveCount(0);
  });

  await test.step('the user is found, disabled, enabled and given a new password', async () => {
    await page.getByRole('menuitem', { name: '用户管理' }).click();
    await page.getByRole('searchbox', { name: '搜索用户名或姓名' }).fill(username);
    await page.getByRole('searchbox', { name: '搜索用户名或姓名' }).press('Enter');
    const row = page.getByRole('row').filter({ hasText: username });
    await expect(page.getByRole('row')).toHaveCount(2);
    await row.getByRole('button', { name: '停用' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '停用' }).click();
    await expect(row).toContainText('已停用');
    await row.getByRole('button', { name: '启用' }).click();
    await expect(row).toContainText('正常');
    await row.getByRole('button', { name: '重置密码' }).click();
    const dialog = page.getByRole('dialog', { name: '重置“账户测试”的密码' });
    await dialog.getByLabel('新密码').fill('short');
    await expect(dialog.getByText('至少 8 个字符')).toBeVisible();
    await dialog.getByLabel('新密码').fill('Renewed#2026x');
    await dialog.getByLabel('确认密码').fill('Renewed#2026x');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('密码已重置')).toBeVisible();
  });
});
