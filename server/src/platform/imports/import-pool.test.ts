import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import { runSheetJob } from './import-pool';
import type { TestJobInput } from './import-pool.test-job';
import { sheetJob } from './sheet-jobs';

const JOB = sheetJob<TestJobInput, { rows: Int32Array }>(new URL('./import-pool.test-job.ts', import.meta.url));

async function file(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('表');
  for (let i = 0; i < 5; i++) sheet.addRow(['行', i]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('the import worker', () => {
  it('reads an upload in its own thread and hands the output back (typed arrays moved, not copied)', async () => {
    const upload = { buffer: await file(), fileName: '目标.xlsx' };
    const result = await runSheetJob(JOB, 'count', upload, 'zh-CN');
    expect(result.output.rows).toEqual(Int32Array.of(4));
    expect(result.read).toMatchObject({ fileName: '目标.xlsx', headerFound: true });
    expect(result.read.fileSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('passes a refusal on as the AppError it is, and any other failure as an error', async () => {
    const upload = async () => ({ buffer: await file(), fileName: 'x.xlsx' });
    const refused = await runSheetJob(JOB, 'refuse', await upload(), 'en').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ status: 422, code: 'IMPORT_TARGET_EMPTY', params: { n: 1 } });
    await expect(runSheetJob(JOB, 'crash', await upload(), 'en')).rejects.toThrow('the job failed');
    // A damaged upload: refused by the reader in the worker.
    await expect(runSheetJob(JOB, 'count', { buffer: Buffer.from('not a zip'), fileName: 'x.xlsx' }, 'en')).rejects.toMatchObject({ code: 'IMPORT_NOT_XLSX' });
  });

  it('refuses a file whose reading outgrows the worker\'s memory, and the next upload gets a fresh worker', async () => {
    await expect(runSheetJob(JOB, 'exhaust', { buffer: await file(), fileName: 'x.xlsx' }, 'en')).rejects.toMatchObject({ status: 422, code: 'IMPORT_TOO_COMPLEX' });
    const after = await runSheetJob(JOB, 'count', { buffer: await file(), fileName: 'x.xlsx' }, 'en');
    expect(after.output.rows).toEqual(Int32Array.of(4));
  }, 60_000);
});
