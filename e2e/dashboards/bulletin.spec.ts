import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD } from '../support/env';
import { signIn } from '../support/ui';

test("the city reviewer publishes the month's ranking bulletin; it stays as published", async ({ page }) => {
  await signIn(page, 'reviewer', DEMO_PASSWORD);
  await page.goto('/dashboard/ranking');
  await expect(page.getByText(/· 完成率排名|· 累计值排名|· 增速排名/).first()).toBeVisible();

  await test.step('publishing freezes the month as the city reads it', async () => {
    // An earlier run of the journeys on the same data may have published it already.
    const publish = page.getByRole('button', { name: /^(发布本月通报|重新发布)$/ });
    await publish.click();
    await expect(page.getByText('已发布本月通报')).toBeVisible();
    const today = new Date().toISOString().slice(0, 10);
    await expect(page.getByTestId('bulletin-published')).toHaveText(`已发布 ${today}`);
    await expect(page.getByRole('button', { name: '重新发布' })).toBeVisible();
  });

  await test.step('nothing has changed since it was published', async () => {
    await expect(page.getByText('与发布时相比')).toBeVisible();
    await expect(page.getByText('发布后无变化')).toBeVisible();
  });

  await test.step('read again, the bulletin is the stored one, intact', async () => {
    await page.reload();
    await expect(page.getByTestId('bulletin-published')).toContainText('已发布');
    await expect(page.getByTestId('bulletin-published')).not.toContainText('存档与校验值不符');
  });
});
