import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD } from '../support/env';
import { signIn } from '../support/ui';

test('the auditor keeps the head of the trail and verifies the chain against it', async ({ page }, testInfo) => {
  await signIn(page, 'auditor', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: '审计日志' }).click();
  await expect(page.getByTestId('chain-banner')).toContainText('审计链完整');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /保\s?存\s?链\s?头/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^audit-head-\d{4}-\d{2}-\d{2}-\d+\.json$/);
  const saved = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(saved);
  const head = JSON.parse(await readFile(saved, 'utf8')) as { id: number; hash: string; count: number; at: string };
  expect(head).toMatchObject({ id: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/), count: expect.any(Number) });

  await page.getByRole('button', { name: /用保存的链头校验/ }).click();
  const dialog = page.getByRole('dialog');
  // (The name may keep the loading icon's label while its closing animation runs.)
  const run = dialog.getByRole('button', { name: /校\s?验$/ });
  await dialog.locator('input[type=file]').setInputFiles(saved);
  await expect(dialog.getByRole('textbox')).toHaveValue(/"hash"/);
  await run.click();
  await expect(dialog.getByTestId('kept-head-result')).toContainText(`仍到达保存的链头（记录 ${head.id}）`);

  // Another hash at the kept row: the trail is not the one whose head was kept.
  await dialog.getByRole('textbox').fill(`${head.id}:${'0'.repeat(64)}`);
  await run.click();
  await expect(dialog.getByTestId('kept-head-result')).toContainText('与保存的链头不一致');

  // Text that holds no head is refused before anything is asked of the server.
  await dialog.getByRole('textbox').fill('not a head');
  await run.click();
  await expect(dialog.getByText('没有读到链头')).toBeVisible();
});
