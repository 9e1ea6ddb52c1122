import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD } from '../support/env';
import { signIn } from '../support/ui';

/**
 * 企业入驻 as an enterprise meets it: the sign-up page passes axe, its challenge is answered by the
 * page's own script (Web Crypto, under the portal's strict CSP) or, without script, by the sum; a
 * wrong check character is refused in words; a right sign-up goes on to the code. The officers'
 * page is in the district operator's menu.
 */

/** A credit code of its own with its check character (GB 32100). */
function creditCode(): string {
  const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const body = `91420106${String(Date.now()).slice(-9)}`;
  const total = [...body].reduce((sum, c, i) => sum + charset.indexOf(c) * weights[i]!, 0);
  return body + charset.charAt((31 - (total % 31)) % 31);
}

test('an enterprise signs up: the page answers the challenge itself, a wrong check character is refused, the code is asked for', async ({ page }) => {
  await page.goto('/portal/account/sign-up');
  await expect(page.getByRole('heading', { name: '注册企业账户' })).toBeVisible();
  const findings = (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  expect(findings).toEqual([]);

  const code = creditCode();
  const fill = async (credit: string) => {
    await page.getByLabel('统一社会信用代码（18 位）').fill(credit);
    await page.getByLabel('企业名称').fill('武漢端到端測試有限公司');
    await page.getByLabel('联系人').fill('测试联系人');
    await page.getByLabel('电子邮箱（接收验证码）').fill('e2e-accounts@example.com');
    await page.getByLabel('密码（至少 8 位，含三类字符）').fill('Qiye#Ruzhu2026');
    await page.getByLabel('所在区（企业库中已有的企业无需选择）').selectOption({ label: '武昌区' });
    await page.getByLabel('我已阅读并同意上述个人信息处理说明').check();
    // The page's script finds the proof of work and hides the question.
    await expect(page.locator('[data-portal-challenge]')).toHaveAttribute('data-solved', 'true', { timeout: 60_000 });
  };

  await fill(code.slice(0, 17) + (code.endsWith('0') ? '1' : '0'));
  await page.getByRole('button', { name: '提交' }).click();
  await expect(page.getByRole('alert')).toContainText('统一社会信用代码不正确');

  await fill(code);
  await page.getByRole('button', { name: '提交' }).click();
  await expect(page).toHaveURL(/\/portal\/account\/verify$/);
  await expect(page.getByRole('heading', { name: '输入验证码' })).toBeVisible();
  await page.getByLabel('验证码').fill('000000');
  await page.getByRole('button', { name: '提交' }).click();
  await expect(page.getByRole('alert')).toContainText('验证码不正确或已失效');
  await page.goto('/portal/account');
  await expect(page.getByText('待验证联系方式')).toBeVisible();
});

test('without script the challenge is the sum in words', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/portal/account/sign-up');
  const question = await page.getByText(/加 \d 等于几/).textContent();
  const [a, b] = (question ?? '').match(/\d/g)!.map(Number);
  await page.getByLabel('统一社会信用代码（18 位）').fill(creditCode());
  await page.getByLabel('企业名称').fill('无脚本测试有限公司');
  await page.getByLabel('联系人').fill('测试联系人');
  await page.getByLabel('手机号码（未填邮箱时以短信接收验证码）').fill('13800001111');
  await page.getByLabel('密码（至少 8 位，含三类字符）').fill('Qiye#Ruzhu2026');
  await page.getByLabel('所在区（企业库中已有的企业无需选择）').selectOption({ label: '武昌区' });
  await page.getByLabel('我已阅读并同意上述个人信息处理说明').check();
  await page.getByLabel(/加 \d 等于几/).fill(String(a! + b!));
  await page.getByRole('button', { name: '提交' }).click();
  await expect(page.getByRole('heading', { name: '输入验证码' })).toBeVisible();
  await context.close();
});

test('the district operator finds the sign-ups to confirm in the menu', async ({ page }) => {
  await signIn(page, 'wuchang', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: '企业入驻审核' }).click();
  await expect(page.getByRole('heading', { name: '企业入驻审核' })).toBeVisible();
  await expect(page.getByText('待确认')).toBeVisible();
});
