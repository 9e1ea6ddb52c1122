import { expect, test, type Page } from '@playwright/test';
import { creditCodeCheckChar } from '@hongtu/domain';
import { ApiSession } from '../support/api';
import { DEMO_PASSWORD, E2E_BASE_URL } from '../support/env';
import { demoSecondFactorCode, skipCurrentStep } from '../support/second-factor';
import { chooseOption } from '../support/ui';

// An enterprise of 武昌区 recorded for this run (its code made valid), a problem of it sent to 发改委
// (the demo account `fgw`): raised on a phone, signed for and answered, not satisfied and reopened,
// answered again and closed with the enterprise's confirmation.
const RUN = Date.now().toString(36).toUpperCase().replace(/[IOZSV]/g, 'X');
const BODY = `9142010600${RUN.padStart(7, '0').slice(-7)}`;
const CODE = BODY + creditCodeCheckChar(BODY);
const ENTERPRISE = `武汉旅程测试光电有限公司${RUN}`;
const TITLE = `流动资金贷款续贷（${RUN}）`;
const PHONE = { width: 360, height: 740 };
const DESK = { width: 1440, height: 900 };

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

type Dialog = ReturnType<Page['getByRole']>;

// The dialog zooms in from the button: a star clicked while it still grows can miss (the click lands
// between stars). So the score is given once the dialog stands still, and read back with the mouse
// moved away (the stars show the hovered score while the mouse is over them).
async function rate(page: Page, dialog: Dialog, stars: number): Promise<void> {
  await expect(dialog).not.toHaveClass(/ant-zoom/);
  const star = dialog.getByRole('radio').nth(stars - 1);
  await star.click();
  await page.mouse.move(0, 0);
  await expect(star).toHaveAttribute('aria-checked', 'true');
  if (stars < 5) await expect(dialog.getByRole('radio').nth(stars)).toHaveAttribute('aria-checked', 'false');
}

async function move(page: Page, button: string, fill: (dialog: Dialog) => Promise<void>) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: button });
  await fill(dialog);
  // The stars' hover tooltip may sit over the button for a moment: the button is pressed by its own click event.
  await dialog.getByRole('button', { name: '提交' }).dispatchEvent('click');
  // A refusal (a field left out, a stale version, a limit) stays in the dialog or a message: named on failure.
  await expect(dialog).toBeHidden().catch(async (error: unknown) => {
    const said = [...await dialog.locator('.ant-form-item-explain-error').allInnerTexts(), ...await page.locator('.ant-message').allInnerTexts()];
    throw new Error(`「${button}」 stayed open: ${said.join('；') || 'nothing said'}`, { cause: error });
  });
}

test('an enterprise\'s problem from raising on a phone to the department\'s answer, reopening and closing with the enterprise\'s confirmation', async ({ page }) => {
  const operator = await ApiSession.signIn('wuchang');
  const created = await operator.context.post('/api/enterprises', { data: { creditCode: CODE, name: ENTERPRISE } });
  expect(created.status(), await created.text()).toBe(201);

  await test.step('the district raises the problem on a 360-px screen', async () => {
    await page.setViewportSize(PHONE);
    await signInAs(page, 'wuchang');
    await page.goto('/enterprise-service/new');
    // Picked from the registry by its credit code (name, 拼音 and 首字母 find it too).
    const picker = page.getByLabel('企业', { exact: true });
    await expect(async () => {
      await picker.click();
      await picker.fill(CODE);
      await page.locator('.ant-select-dropdown:visible').getByTitle(`${ENTERPRISE}（${CODE}）`, { exact: true }).click({ timeout: 3000 });
    }).toPass({ timeout: 20_000 });
    await expect(page.getByTestId('found-enterprise')).toContainText(ENTERPRISE);
    await chooseOption(page, page.getByLabel('类别'), '融资');
    await expect(page.getByText('答复时限：10 个工作日')).toBeVisible();
    await page.getByLabel('诉求标题').fill(TITLE);
    await page.getByLabel('诉求内容').fill('一笔 500 万元流动资金贷款下月到期，续贷审批未定');
    await chooseOption(page, page.getByLabel('承办部门'), '武汉市发展和改革委员会');
    await page.getByRole('button', { name: '提交诉求' }).click();
    await expect(page.getByText(TITLE, { exact: true }).first()).toBeVisible();
    await expect(page.getByTestId('problem-status')).toHaveText('待签收');
    await expect(page.getByTestId('countdown')).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await page.setViewportSize(DESK);
  });

  await test.step('the department signs for it and answers', async () => {
    await signInAs(page, 'fgw');
    await page.goto('/enterprise-service');
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('button', { name: '签收', exact: true }).click();
    await expect(page.getByTestId('problem-status')).toHaveText('办理中');
    await expect(page.getByTestId('countdown')).toContainText('工作日');
    await move(page, '答复', (d) => d.getByLabel('答复内容').fill('已协调合作银行办理无还本续贷'));
    await expect(page.getByTestId('problem-status')).toHaveText('已答复待确认');
  });

  await test.step('the enterprise is not satisfied: the district reopens it with a score of 2', async () => {
    await signInAs(page, 'wuchang');
    await page.goto('/enterprise-service');
    await page.getByRole('link', { name: TITLE }).click();
    await move(page, '企业不满意，重新办理', async (d) => {
      await rate(page, d, 2);
      await d.getByLabel('说明').fill('企业反映续贷仍未落实');
    });
    await expect(page.getByTestId('problem-status')).toHaveText('办理中');
    await expect(page.getByText('企业反映续贷仍未落实')).toBeVisible();
  });

  await test.step('the department answers again; the district closes it with the enterprise\'s confirmation', async () => {
    await signInAs(page, 'fgw');
    await page.goto('/enterprise-service');
    await page.getByRole('link', { name: TITLE }).click();
    await move(page, '答复', (d) => d.getByLabel('答复内容').fill('续贷已于本周办结'));
    await signInAs(page, 'wuchang');
    await page.goto('/enterprise-service');
    await page.getByRole('link', { name: TITLE }).click();
    await move(page, '企业确认办结', (d) => rate(page, d, 5));
    await expect(page.getByTestId('problem-status')).toHaveText('已办结');
    await expect(page.getByTestId('problem-answer')).toContainText('续贷已于本周办结');
    for (const step of ['提出', '签收', '重新办理', '企业确认办结']) await expect(page.getByText(step, { exact: true }).first()).toBeVisible();
  });
});
