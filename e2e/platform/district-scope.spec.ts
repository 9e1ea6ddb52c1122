import { expect, test } from '@playwright/test';
import { ApiSession, uniqueUsername } from '../support/api';
import { DEMO_PASSWORD } from '../support/env';
import { chooseOption, chooseTreeNode, signIn, signInFirstTime, signOut, switchLanguage } from '../support/ui';

test('an operator created by the admin cannot open another district, and the auditor sees the attempt', async ({ page }) => {
  const admin = await ApiSession.signIn('admin');
  const wuchang = await admin.organisationNamed('武昌区');
  await admin.dispose();

  const username = uniqueUsername('jiangan.e2e');
  const password = 'Jiangan#E2e2026';

  await test.step('the admin creates a 江岸区 operator on the users page', async () => {
    await signIn(page, 'admin', DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: '用户管理' }).click();
    await page.getByRole('button', { name: '新建用户' }).click();
    const dialog = page.getByRole('dialog', { name: '新建用户' });
    await dialog.getByLabel('用户名').fill(username);
    await dialog.getByLabel('姓名').fill('江岸区测试填报员');
    await chooseOption(page, dialog.getByLabel('角色'), '区级填报员');
    await chooseTreeNode(page, dialog.getByLabel('所属组织'), '江岸区');
    await dialog.getByLabel('初始密码').fill(password);
    await dialog.getByLabel('确认密码').fill(password);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('用户已创建')).toBeVisible();
    await expect(dialog).toBeHidden();
    const row = page.getByRole('row').filter({ hasText: username });
    await expect(row).toContainText('区级填报员');
    await expect(row).toContainText('江岸区');
    await signOut(page);
  });

  await test.step('the operator opens 武昌区 by URL and gets the not-found page', async () => {
    // The first sign-in asks for a password of the operator's own.
    await signInFirstTime(page, username, password, 'Own#Jiangan2026');
    await expect(page.getByRole('banner')).toContainText('江岸区');
    await page.goto(`/organisations/${wuchang.id}`);
    await expect(page.getByText('页面或记录不存在，或不在您的数据范围内。')).toBeVisible();
    await expect(page.getByText('下级组织')).toHaveCount(0);
  });

  await test.step('the menu follows the language: English, then 繁體中文, then back', async () => {
    const nav = page.getByRole('navigation').or(page.locator('aside'));
    await switchLanguage(page, 'English');
    await expect(nav.getByRole('menuitem', { name: 'Organisations' })).toBeVisible();
    await expect(nav.getByRole('menuitem', { name: 'Home' })).toBeVisible();
    await expect(page.getByText('The page or record does not exist')).toBeVisible();
    await switchLanguage(page, '繁體中文');
    await expect(nav.getByRole('menuitem', { name: '組織機構' })).toBeVisible();
    await expect(nav.getByRole('menuitem', { name: '首頁' })).toBeVisible();
    await switchLanguage(page, '简体中文');
    await expect(nav.getByRole('menuitem', { name: '组织机构' })).toBeVisible();
    await signOut(page);
  });

  await test.step('the auditor finds the denied attempt and an intact chain', async () => {
    await signIn(page, 'auditor', DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: '审计日志' }).click();
    await expect(page.getByTestId('chain-banner')).toContainText('审计链完整');
    await page.getByLabel('操作人').fill(username);
    await page.getByRole('button', { name: '搜索' }).click();
    const denied = page.getByRole('row').filter({ hasText: username }).filter({ hasText: '拒绝' });
    await expect(denied).toHaveCount(1);
    await expect(denied).toContainText(`/api/organisations/${wuchang.id}`);
    await expect(denied).toContainText('江岸区');
  });
});
