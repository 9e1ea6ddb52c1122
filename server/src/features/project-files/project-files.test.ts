import { readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { attachmentListSchema, attachmentSchema } from '@hongtu/contracts/project-files';
import { ELF_BYTES, ONE_PIXEL_JPEG, SMALL_PDF, photoWithExif } from '../../platform/files/test-photo';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { insertProject, insertReport } from '../projects/projects.test-helpers';
import { insertProblem } from '../project-problems/project-problems.test-helpers';
import { upload } from './project-files.test-helpers';

/** Every file the test store holds (the tests' app has no HONGTU_FILES_DIR: one temporary folder per process). */
async function storedFiles(): Promise<number> {
  const root = path.join(os.tmpdir(), `hongtu-files-${process.pid}`);
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).length;
}

describeEachDialect('attachments on projects, reports and problems (附件)', (dialect) => {
  let t: TestApp;
  let project: number;
  let problem: number;
  const cookies = new Map<string, string>();
  const as = async (user: string) => {
    if (!cookies.has(user)) cookies.set(user, await t.login(user));
    return cookies.get(user)!;
  };
  const post = async (user: string, url: string, file: Buffer, name: string, locale = 'zh-CN') => {
    const body = upload(file, name);
    return t.app.inject({ method: 'POST', url, payload: body.payload, headers: { ...body.headers, cookie: await as(user), 'accept-language': locale } });
  };
  const get = async (user: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: await as(user) } });
  const rows = async () => Number((await t.database.db.selectFrom('attachments').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    project = await insertProject(t, '420106');
    await insertReport(t, project, 'draft');
    problem = await insertProblem(t, project, await t.orgId('WH-FGW'));
  });
  afterAll(() => t.close());

  it('keeps a report\'s photo with its EXIF time and place, lists it and serves it as a download that is never sniffed', async () => {
    const photo = photoWithExif('2026:01:20 10:30:00', 30.5428, 114.3162);
    const added = await post('wuchang', `/api/projects/${project}/reports/2026-01/attachments`, photo, '桩基施工.jpg');
    expect(added.statusCode, added.body).toBe(201);
    const attachment = attachmentSchema.parse(added.json());
    expect(attachment).toMatchObject({ parent: 'report', periodKey: '2026-01', fileName: '桩基施工.jpg', mediaType: 'image/jpeg', image: true, takenAt: '2026-01-20 10:30:00', latitude: 30.5428, longitude: 114.3162 });

    const list = attachmentListSchema.parse((await get('reviewer', `/api/projects/${project}/attachments`)).json());
    expect(list.items.map((a) => a.id)).toEqual([attachment.id]);

    const file = await get('reviewer', `/api/attachments/${attachment.id}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/jpeg');
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['content-disposition']).toMatch(/^attachment; filename="attachment-\d+\.jpg"; filename\*=UTF-8''/);
    expect(Buffer.compare(file.rawPayload, photo)).toBe(0);
    const thumb = await get('wuchang', `/api/attachments/${attachment.id}/thumbnail`);
    expect(thumb.statusCode).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/jpeg');

    expect((await get('jiangan', `/api/attachments/${attachment.id}`)).statusCode).toBe(404);
    const trail = await t.database.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'attachment').where('entity_id', '=', String(attachment.id)).execute();
    expect(trail.map((r) => r.action)).toEqual(['attachment.add']);
  });

  it('takes a document on the project by its content', async () => {
    const added = await post('wuchang', `/api/projects/${project}/attachments`, SMALL_PDF, '施工许可证.pdf');
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ parent: 'project', mediaType: 'application/pdf', image: false });
    expect((await get('wuchang', `/api/attachments/${added.json().id}/thumbnail`)).statusCode).toBe(404);
  });

  it('refuses an executable renamed .jpg and a 50 MB photo, localized, and keeps nothing', async () => {
    const before = [await rows(), await storedFiles()];
    const exe = await post('wuchang', `/api/projects/${project}/attachments`, ELF_BYTES, '现场照片.jpg');
    expect(exe.statusCode).toBe(415);
    expect(exe.json().message).toBe('“现场照片.jpg”不是可接受的照片或文件（只接受 JPG、PNG、WebP、HEIC 照片和 PDF、Word、Excel 文件，按文件内容判断，与扩展名无关）');
    const big = Buffer.concat([ONE_PIXEL_JPEG, Buffer.alloc(50 * 1024 * 1024, 1)]);
    const tooLarge = await post('wuchang', `/api/projects/${project}/reports/2026-01/attachments`, big, '航拍.jpg', 'en');
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().message).toBe('The file is larger than 20 MB: make it smaller and upload it again');
    const noReport = await post('wuchang', `/api/projects/${project}/reports/2026-02/attachments`, ONE_PIXEL_JPEG, '二月.jpg', 'zh-TW');
    expect(noReport.statusCode).toBe(409);
    expect(noReport.json().message).toBe('請先儲存本月月報，再上傳照片');
    const other = await post('jiangan', `/api/projects/${project}/attachments`, ONE_PIXEL_JPEG, 'x.jpg');
    expect(other.statusCode).toBe(404);
    expect([await rows(), await storedFiles()]).toEqual(before);
  });

  it('lets the raiser and the department add photos to a problem, read by its two sides only', async () => {
    const byDepartment = await post('fgw', `/api/project-problems/${problem}/attachments`, ONE_PIXEL_JPEG, '答复附图.jpg');
    expect(byDepartment.statusCode, byDepartment.body).toBe(201);
    expect(byDepartment.json()).toMatchObject({ parent: 'problem', problemId: problem });
    const list = attachmentListSchema.parse((await get('wuchang', `/api/project-problems/${problem}/attachments`)).json());
    expect(list.items).toHaveLength(1);
    // The project's own list holds the project's and its reports' files, not the problem's.
    const projectList = attachmentListSchema.parse((await get('wuchang', `/api/projects/${project}/attachments`)).json());
    expect(projectList.items.every((a) => a.parent !== 'problem')).toBe(true);
    expect((await get('jiangan', `/api/attachments/${byDepartment.json().id}`)).statusCode).toBe(404);

    await t.database.db.updateTable('project_problems').set({ status: 'closed' }).where('id', '=', problem).execute();
    const closed = await post('wuchang', `/api/project-problems/${problem}/attachments`, ONE_PIXEL_JPEG, '晚到的照片.jpg');
    expect(closed.statusCode).toBe(409);
  });
});
