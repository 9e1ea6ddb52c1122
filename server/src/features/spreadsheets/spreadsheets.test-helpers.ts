import { randomBytes } from 'node:crypto';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { periodKey } from '@hongtu/domain';
import type { TestApp } from '../../test/test-app';
import { XLSX_TYPE } from '../../platform/http/download';
import { readCentralDirectory } from '../../platform/imports/zip-inspector';

/** Test support for the Excel round trip: periods, uploads, workbooks and hand-made zips. */

export { XLSX_TYPE };

/** Opens a reporting period directly (deadline far away); returns its key. */
export async function openPeriod(t: TestApp, year: number, month: number): Promise<string> {
  await t.database.db.insertInto('reporting_periods')
    .values({ year, month, deadline: '2099-01-05T16:00:00.000Z', status: 'open', created_at: 'x' })
    .execute();
  return periodKey({ year, month });
}

/** Saves figures the way the web form does. */
export async function saveFigures(
  t: TestApp, cookie: string, periodKey: string, organisationId: number,
  figures: { indicatorCode: string; ytdValue: string | null; reportedYoy?: string | null; note?: string | null; version?: number }[],
): Promise<void> {
  const response = await t.app.inject({
    method: 'PUT', url: `/api/submissions/${periodKey}/${organisationId}/figures`, headers: { cookie },
    payload: { figures: figures.map((f) => ({ reportedYoy: null, note: null, version: 0, ...f })) },
  });
  if (response.statusCode !== 200) throw new Error(`save failed: ${response.statusCode} ${response.body}`);
}

/** Saves, submits and approves a month (last year's base is the figure as the city approved it). */
export async function approveMonth(
  t: TestApp, operator: string, reviewer: string, periodKey: string, organisationId: number,
  figures: { indicatorCode: string; ytdValue: string | null; reportedYoy?: string | null }[],
): Promise<void> {
  await saveFigures(t, operator, periodKey, organisationId, figures);
  const url = `/api/submissions/${periodKey}/${organisationId}`;
  const current = await t.app.inject({ method: 'GET', url, headers: { cookie: operator } });
  const submitted = await t.app.inject({ method: 'POST', url: `${url}/submit`, headers: { cookie: operator }, payload: { version: current.json().version } });
  if (submitted.statusCode !== 200) throw new Error(`submit failed: ${submitted.statusCode} ${submitted.body}`);
  const approved = await t.app.inject({ method: 'POST', url: `${url}/approve`, headers: { cookie: reviewer }, payload: { version: submitted.json().version } });
  if (approved.statusCode !== 200) throw new Error(`approve failed: ${approved.statusCode} ${approved.body}`);
}

/** A multipart body: text fields first (as a browser sends those appended before the file), then the file. */
export function multipart(file: Buffer, fileName: string, field = 'file', fields: Record<string, string> = {}) {
  const boundary = `----hongtu${randomBytes(8).toString('hex')}`;
  const texts = Object.entries(fields).map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join('');
  const head = Buffer.from(
    `${texts}--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: ${XLSX_TYPE}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, file, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export async function upload(
  t: TestApp, cookie: string, periodKey: string, organisationId: number, file: Buffer,
  options: { fileName?: string; locale?: string; columns?: { sheet: string; role: 'ytd' | 'yoy'; column: string }[] } = {},
) {
  const body = multipart(file, options.fileName ?? 'figures.xlsx', 'file', options.columns ? { columns: JSON.stringify(options.columns) } : {});
  return t.app.inject({
    method: 'POST', url: `/api/submissions/${periodKey}/${organisationId}/import`, payload: body.payload,
    headers: { ...body.headers, cookie, 'accept-language': options.locale ?? 'zh-CN' },
  });
}

/** Commits a checked batch; `confirmations`: the keys of the dry run's confirmations sent as confirmed (none: no body). */
export function commit(t: TestApp, cookie: string, batchId: number, locale = 'zh-CN', confirmations?: string[]) {
  return t.app.inject({
    method: 'POST', url: `/api/imports/${batchId}/commit`, headers: { cookie, 'accept-language': locale },
    ...(confirmations ? { payload: { confirmations } } : {}),
  });
}

/** A workbook from rows of cell values (row 1 first); `edit` may merge, format or add formulas. */
export async function workbook(rows: ExcelJS.CellValue[][], edit?: (sheet: ExcelJS.Worksheet) => void, sheetName = 'Sheet1'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(sheetName);
  rows.forEach((values, i) => {
    values.forEach((value, j) => {
      if (value !== null && value !== undefined) sheet.getCell(i + 1, j + 1).value = value;
    });
  });
  edit?.(sheet);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

/** The row of a template sheet holding an indicator code (column A). */
export function rowOf(sheet: ExcelJS.Worksheet, code: string): ExcelJS.Row {
  for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === code) return sheet.getRow(r);
  throw new Error(`no row for ${code}`);
}

// ---------------------------------------------------------------------------
// Hand-made zips, for files exceljs would never write.

export interface ZipInput {
  name: string;
  data: Buffer;
  /** 0 = stored, 8 = deflated (default). */
  method?: 0 | 8;
  /** Lie about the uncompressed size in the headers. */
  declaredSize?: number;
}

export function buildZip(inputs: ZipInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const input of inputs) {
    const method = input.method ?? 8;
    const body = method === 8 ? deflateRawSync(input.data) : input.data;
    const name = Buffer.from(input.name, 'utf8');
    const size = input.declaredSize ?? input.data.length;
    const crc = crc32(input.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0x0800, 6); local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14); local.writeUInt32LE(body.length, 18); local.writeUInt32LE(size, 22); local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10); central.writeUInt32LE(crc, 16); central.writeUInt32LE(body.length, 20); central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(inputs.length, 8); end.writeUInt16LE(inputs.length, 10);
  end.writeUInt32LE(directory.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The entries of a zip (e.g. an xlsx exceljs wrote), to be changed and rebuilt with buildZip. */
export function readZip(buffer: Buffer): ZipInput[] {
  return readCentralDirectory(buffer).map((e) => {
    const start = e.localOffset + 30 + buffer.readUInt16LE(e.localOffset + 26) + buffer.readUInt16LE(e.localOffset + 28);
    const raw = buffer.subarray(start, start + e.compressedSize);
    return { name: e.name, data: e.method === 8 ? inflateRawSync(raw) : Buffer.from(raw) };
  });
}

/** Rewrites one part of an xlsx (and keeps the rest). */
export function withPart(entries: ZipInput[], name: string, change: (text: string) => string): ZipInput[] {
  return entries.map((e) => (e.name === name ? { ...e, data: Buffer.from(change(e.data.toString('utf8'))) } : e));
}

/** Counts of everything an import may write. */
export async function counts(t: TestApp) {
  const db = t.database.db;
  const n = async (table: 'figures' | 'figure_versions' | 'submissions') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const batches = await db.selectFrom('imports').select((eb) => eb.fn.countAll().as('n')).where('kind', '=', 'figures').executeTakeFirstOrThrow();
  return { figures: await n('figures'), versions: await n('figure_versions'), submissions: await n('submissions'), batches: Number(batches.n) };
}
