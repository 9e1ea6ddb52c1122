import { expect, type Locator, type Page } from '@playwright/test';
import { demoSecondFactorCode, skipCurrentStep, usesDemoSecondFactor } from './second-factor';

/**
 * Signs in through the login page and waits for the app shell. The demo's admin, auditor and
 * reviewer are asked for their second factor: the code of the demo secret is typed as an
 * authenticator app would show it.
 */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  if (usesDemoSecondFactor(username)) await typeSecondFactorCode(page, username);
  await expect(page.getByRole('menuitem', { name: '首页' })).toBeVisible();
}

/**
 * The password step of a first sign-in (or one after a reset by the administrator): the user
 * replaces the password the administrator set with their own, and enters the app.
 */
export async function chooseNewPassword(page: Page, password: string): Promise<void> {
  await expect(page.getByText('您的密码由管理员设置')).toBeVisible();
  await page.getByLabel('新密码', { exact: true }).fill(password);
  await page.getByLabel('确认新密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '保存并进入系统' }).click();
  await expect(page.getByRole('menuitem', { name: '首页' })).toBeVisible();
}

/** Signs a user the administrator created in for the first time: the password it was given, then one of its own. */
export async function signInFirstTime(page: Page, username: string, initial: string, chosen: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(initial);
  await page.getByRole('button', { name: '登录' }).click();
  await chooseNewPassword(page, chosen);
}

async function typeSecondFactorCode(page: Page, username: string): Promise<void> {
  const field = page.getByLabel('验证码', { exact: true });
  await expect(page.getByText('请打开手机上的验证器应用')).toBeVisible();
  for (let attempt = 0; ; attempt++) {
    await field.fill(await demoSecondFactorCode(username));
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/auth/second-factor/verify'));
    await page.getByRole('button', { name: '验证', exact: true }).click();
    const response = await answered;
    if (response.ok()) return;
    // A code this worker used before a restart: the next step's code is accepted.
    expect(attempt, await response.text()).toBe(0);
    skipCurrentStep(username);
  }
}

/**
 * Signs out through the account menu in the header. The menu slides in: an item clicked while it
 * still moves can miss (the menu stayed open on the report page), so the click is made again until
 * the sign-in page is shown.
 */
export async function signOut(page: Page, logoutLabel = '退出登录'): Promise<void> {
  const item = page.getByRole('menuitem', { name: logoutLabel });
  await expect(async () => {
    if (!(await item.isVisible())) await page.getByRole('banner').getByRole('button').last().click();
    await item.click({ timeout: 3000 });
    await expect(page).toHaveURL(/\/login$/, { timeout: 3000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
}

/** Picks the UI language from the header (or login page) language menu. */
export async function switchLanguage(page: Page, language: '简体中文' | '繁體中文' | 'English'): Promise<void> {
  await page.getByRole('button', { name: /简体中文|繁體中文|English/ }).click();
  await page.getByRole('menuitem', { name: language }).click();
  await expect(page.getByRole('button', { name: new RegExp(language) })).toBeVisible();
}

/**
 * Chooses an option of an antd Select, found by the field's label, and waits
 * until the field shows it. Dropdowns animate in and out, so a click that lands
 * while one is closing is retried rather than trusted.
 */
export async function chooseOption(page: Page, field: Locator, option: string): Promise<void> {
  const select = field.locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
  await expect(async () => {
    await field.click();
    await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).first().click({ timeout: 3000 });
    await expect(select).toContainText(option, { timeout: 2000 });
  }).toPass({ timeout: 20_000 });
}

/** Chooses a node of an antd TreeSelect by typing its name into the search box, and waits until it shows. */
export async function chooseTreeNode(page: Page, field: Locator, name: string): Promise<void> {
  const select = field.locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
  await expect(async () => {
    await field.click();
    await field.fill(name);
    await page.locator('.ant-select-dropdown:visible').getByTitle(name, { exact: true }).first().click({ timeout: 3000 });
    await expect(select).toContainText(name, { timeout: 2000 });
  }).toPass({ timeout: 20_000 });
}
