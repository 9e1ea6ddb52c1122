import { expect, test } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { ApiSession, uniqueUsername } from '../support/api';
import { chooseNewPassword, signOut } from '../support/ui';

test('a new city reviewer enrols two-step verification at the first sign-in and chooses a password, then signs in with a recovery code', async ({ page }) => {
  const admin = await ApiSession.signIn('admin');
  const wuhan = await admin.organisationNamed('武汉市');
  const username = uniqueUsername('reviewer.e2e');
  const initial = 'Review#E2e2026';
  // The administrator set the first password: after the second factor, the reviewer chooses one.
  let password = initial;
  await admin.createUser({ username, displayName: '两步验证测试审核员', role: 'city_reviewer', organisationId: wuhan.id, password: initial });
  await admin.dispose();

  const typePassword = async () => {
    await page.goto('/login');
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码', { exact: true }).fill(password);
    await page.getByRole('button', { name: '登录' }).click();
  };

  let recoveryCodes: string[] = [];
  await test.step('the password leads to the enrolment: QR code, key, first code, recovery codes', async () => {
    await typePassword();
    await expect(page.getByText('您的角色必须启用两步验证后才能继续使用系统。')).toBeVisible();
    await expect(page.getByTestId('second-factor-qr')).toBeVisible();
    const key = (await page.getByTestId('second-factor-secret').textContent())!.replace(/\s/g, '');
    expect(key).toMatch(/^[A-Z2-7]{32}$/);
    // The authenticator app's code for the key shown.
    const code = new TOTP({ secret: Secret.fromBase32(key), algorithm: 'SHA1', digits: 6, period: 30 }).generate();
    await page.getByLabel('验证码', { exact: true }).fill(code);
    await page.getByRole('button', { name: '完成绑定' }).click();
    const list = page.getByTestId('recovery-codes').getByRole('listitem');
    await expect(list).toHaveCount(10);
    recoveryCodes = await list.allTextContents();
    await page.getByRole('button', { name: '我已妥善保存' }).click();
    password = 'Own#Review2026';
    await chooseNewPassword(page, password);
    await signOut(page);
  });

  await test.step('the next sign-in asks for the code; a recovery code works once', async () => {
    await typePassword();
    await expect(page.getByText('请打开手机上的验证器应用')).toBeVisible();
    await page.getByRole('button', { name: '手机不在身边？使用恢复码' }).click();
    await page.getByLabel('恢复码', { exact: true }).fill(recoveryCodes[0]!);
    await page.getByRole('button', { name: '验证', exact: true }).click();
    await expect(page.getByRole('menuitem', { name: '首页' })).toBeVisible();
  });

  await test.step('the account page shows it on, with nine recovery codes left, and no way to turn it off', async () => {
    await page.getByRole('banner').getByRole('button').last().click();
    await page.getByRole('menuitem', { name: '两步验证' }).click();
    const section = page.getByTestId('second-factor-section');
    await expect(section).toContainText('已启用');
    await expect(section).toContainText('9 个');
    await expect(section).toContainText('您的角色必须启用两步验证，不能关闭。');
    await expect(section.getByRole('button', { name: '关闭两步验证' })).toHaveCount(0);
    await expect(section.getByRole('button', { name: '重新生成恢复码' })).toBeVisible();
  });
});
