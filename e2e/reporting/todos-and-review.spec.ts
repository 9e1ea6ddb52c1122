import { expect, test } from '@playwright/test';
import { ApiSession } from '../support/api';
import { DEMO_PASSWORD } from '../support/env';
import { signIn, signOut } from '../support/ui';

// Two months of a year the demo has no data for, so that no other journey is touched: March 2010,
// due in three days, and February 2010, whose deadline has passed. Both are closed again at the end.
const DUE = '2010-03';
const LATE = '2010-02';
const RETURN_REASON = '地方一般公共预算收入与财政快报不一致，请核实后重报';

/** The Beijing calendar date `days` after today, as the deadline field takes it. */
function beijingDatePlus(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

test('to-dos, returned figures, bulk approval and 催报, seen by the operator and the reviewer', async ({ page }) => {
  const reviewerApi = await ApiSession.signIn('reviewer');
  const wuchangApi = await ApiSession.signIn('wuchang');
  const jianganApi = await ApiSession.signIn('jiangan');
  const wuchang = await reviewerApi.organisationNamed('武昌区');
  const jiangan = await reviewerApi.organisationNamed('江岸区');
  const periodIds: number[] = [];

  const post = async (api: ApiSession, url: string, data: unknown, status = 200) => {
    const response = await api.context.post(url, { data });
    expect(response.status(), await response.text()).toBe(status);
    return response.json() as Promise<{ id: number; version: number }>;
  };
  const fillAndSubmit = async (api: ApiSession, period: string, organisationId: number) => {
    const response = await api.context.put(`/api/submissions/${period}/${organisationId}/figures`, {
      data: { figures: [{ indicatorCode: 'general_budget_revenue', ytdValue: '1234.5', reportedYoy: null, note: null, version: 0 }] },
    });
    expect(response.status(), await response.text()).toBe(200);
    const saved = await response.json() as { version: number };
    return post(api, `/api/submissions/${period}/${organisationId}/submit`, { version: saved.version });
  };

  // Messages earlier journeys left the operator (the month journey's return and approval of 武昌区) are
  // read first, so the bell counts this journey's messages only.
  const readAll = async () => post(wuchangApi, '/api/notifications/messages/read', {});

  try {
    await readAll();
    await test.step('the city opens the months; 武昌区 submits March, which comes back with one figure; 江岸区 submits February', async () => {
      periodIds.push((await post(reviewerApi, '/api/periods', { year: 2010, month: 3, deadlineDate: beijingDatePlus(3) }, 201)).id);
      periodIds.push((await post(reviewerApi, '/api/periods', { year: 2010, month: 2, deadlineDate: '2010-03-05' }, 201)).id);
      const submitted = await fillAndSubmit(wuchangApi, DUE, wuchang.id);
      await post(reviewerApi, `/api/submissions/${DUE}/${wuchang.id}/return`, {
        version: submitted.version, reason: RETURN_REASON, figures: [{ indicatorCode: 'general_budget_revenue', reason: RETURN_REASON }],
      });
      await fillAndSubmit(jianganApi, LATE, jiangan.id);
    });

    await test.step('the operator\'s home page counts down to the deadline and names the returned figure; the bell has the message', async () => {
      await signIn(page, 'wuchang', DEMO_PASSWORD);
      const todos = page.getByTestId('todo-list');
      const returned = todos.getByTestId(`todo-returned-${DUE}`);
      await expect(returned).toContainText('2010年1-3月有 1 项数据被退回，请修改后重新提交');
      await expect(returned.getByTestId('todo-countdown')).toHaveText('还剩 3 天');
      await expect(returned).toContainText(`截止 ${beijingDatePlus(3)}`);
      const late = todos.getByTestId(`todo-fill-${LATE}`);
      await expect(late.getByTestId('todo-countdown')).toHaveText(/已逾期 \d+ 天/);

      const bell = page.getByTestId('notification-bell');
      await expect(bell).toHaveAttribute('data-unread', '1');
      await bell.click();
      const message = page.getByTestId('message-list').getByTestId('message-returned').filter({ hasText: '2010年1-3月' });
      await expect(message).toContainText('武昌区2010年1-3月报送被退回');
      await expect(message).toContainText(`原因：${RETURN_REASON}`);
      await message.getByRole('button', { name: '查看' }).click();
      // The month page loads its figures (slow on a loaded machine).
      await expect(page.getByTestId('returned-general_budget_revenue')).toContainText(RETURN_REASON, { timeout: 60_000 });
      await expect(page.getByTestId('notification-bell')).toHaveAttribute('data-unread', '0');
      await signOut(page);
    });

    await test.step('the reviewer approves the clean submissions of February at once and reminds the late districts', async () => {
      await signIn(page, 'reviewer', DEMO_PASSWORD);
      await page.goto(`/review?period=${LATE}`);
      await page.getByTestId('bulk-approve').click();
      await page.getByRole('dialog').getByRole('button', { name: '批量通过无问题报送' }).click();
      const result = page.getByTestId('bulk-result');
      // The bulk approval checks every submission of the month before it answers (slow on a loaded machine: CI once
      // saw the confirmation still waiting after 10 s).
      await expect(result).toContainText('已审核通过 1 个，跳过 16 个', { timeout: 60_000 });
      await expect(result).toContainText('已通过：江岸区');
      await expect(result).toContainText('武昌区：未提交');
      await page.getByRole('dialog').getByRole('button', { name: /知道了|OK/ }).click();
      await expect(page.getByTestId('board-table').getByRole('row', { name: /江岸区/ })).toContainText('已审核');

      const remind = page.getByTestId('remind-late');
      await expect(remind).toHaveText('一键催报（16）');
      await remind.click();
      await page.getByRole('dialog').getByRole('button', { name: '一键催报（16）' }).click();
      await expect(page.getByText('已向 16 个区催报')).toBeVisible();
      await signOut(page);
    });

    await test.step('the operator sees the reminder in the message centre', async () => {
      await signIn(page, 'wuchang', DEMO_PASSWORD);
      await expect(page.getByTestId('notification-bell')).toHaveAttribute('data-unread', '1');
      await page.getByTestId('notification-bell').click();
      const reminder = page.getByTestId('message-list').getByTestId('message-reminded').filter({ hasText: '2010年1-2月' });
      await expect(reminder).toContainText('催报：武昌区2010年1-2月数据已逾期，请尽快报送');
      await expect(reminder).toContainText('市发改委审核员');
      await page.getByRole('button', { name: '全部标为已读' }).click();
      await expect(page.getByTestId('notification-bell')).toHaveAttribute('data-unread', '0');
    });
  } finally {
    for (const id of periodIds) await reviewerApi.context.patch(`/api/periods/${id}`, { data: { status: 'closed' } });
    await Promise.all([reviewerApi.dispose(), wuchangApi.dispose(), jianganApi.dispose()]);
  }
});
