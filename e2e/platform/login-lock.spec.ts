import { expect, test } from '@playwright/test';
import { ApiSession, uniqueUsername } from '../support/api';

test('wrong passwords show the localized error, and the fifth locks the account', async ({ page }) => {
  // A throwaway account, so the demo accounts other journeys use stay unlocked.
  const admin = await ApiSession.signIn('admin');
  const jiangan = await admin.organisationNamed('江岸区');
  const username = uniqueUsername('lock.e2e');
  await admin.createUser({ username, displayName: '锁定测试', role: 'district_operator', organisationId: jiangan.id, password: 'Lockme#2026x' });
  await admin.dispose();

  await page.goto('/login');
  const alert = page.getByRole('alert');
  const attempt = async (password: string) => {
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码', { exact: true }).fill(password);
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
    await page.getByRole('button', { name: '登录' }).click();
    return (await answered).status();
  };

  for (let i = 1; i <= 4; i++) {
    expect(await attempt(`Wrong#pass${i}`)).toBe(401);
    await expect(alert).toHaveText('用户名或密码错误');
  }
  expect(await attempt('Wrong#pass5')).toBe(423);
  await expect(alert).toContainText('登录失败次数过多，账户已锁定');

  // Locked means locked: the right password is refused too.
  expect(await attempt('Lockme#2026x')).toBe(423);
  await expect(alert).toContainText('账户已锁定');
  await expect(page).toHaveURL(/\/login/);
});
