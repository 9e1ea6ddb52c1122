// Taking an attachment off, on both databases: the uploader or the city removes it, the file leaves
// the store and the attachment is 404 afterwards, the audit row keeps what it was; another user of
// the district is refused in his language, another district is answered as if it did not exist,
// and a refusal writes nothing.
import { readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { attachmentSchema } from '@hongtu/contracts/project-files';
import { ONE_PIXEL_JPEG } from '../../platform/files/test-photo';
import { snapshotDatabase } from '../../test/db-snapshot';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { insertProject } from '../projects/projects.test-helpers';
import { insertAttachment, upload } from './project-files.test-helpers';

/** The files of the test store (one temporary folder per process) by name. */
async function storedNames(): Promise<Set<string>> {
  const root = path.join(os.tmpdir(), `hongtu-files-${process.pid}`);
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return new Set(entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)));
}

describeEachDialect('removing an attachment (删除附件)', (dialect) => {
  let t: TestApp;
  let project: number;
  const cookies = new Map<string, string>();
  const as = async (user: string) => {
    if (!cookies.has(user)) cookies.set(user, await t.login(user));
    return cookies.get(user)!;
  };
  const remove = async (user: string, id: number, locale = 'zh-CN') =>
    t.app.inject({ method: 'DELETE', url: `/api/attachments/${id}`, headers: { cookie: await as(user), 'accept-language': locale } });
  const get = async (user: string, id: number) => t.app.inject({ method: 'GET', url: `/api/attachments/${id}`, headers: { cookie: await as(user) } });
  const add = async (user: string) => {
    const body = upload(ONE_PIXEL_JPEG, '现场照片.jpg');
    const response = await t.app.inject({ method: 'POST', url: `/api/projects/${project}/attachments`, payload: body.payload, headers: { ...body.headers, cookie: await as(user) } });
    expect(response.statusCode, response.body).toBe(201);
    return attachmentSchema.parse(response.json());
  };
  const fileKey = async (id: number) => (await t.database.db.selectFrom('attachments').select('file_key').where('id', '=', id).executeTakeFirstOrThrow()).file_key;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    project = await insertProject(t, '420106');
  });
  afterAll(() => t.close());

  it('lets the uploader remove his photo: the row and the file go, the audit row stays, and it is 404 afterwards', async () => {
    const attachment = await add('wuchang');
    const key = await fileKey(attachment.id);
    const before = await storedNames();
    expect([...before].some((name) => name.endsWith(key))).toBe(true);

    const removed = await remove('wuchang', attachment.id);
    expect(removed.statusCode, removed.body).toBe(204);
    expect([...(await storedNames())].some((name) => name.endsWith(key))).toBe(false);
    expect((await get('wuchang', attachment.id)).statusCode).toBe(404);
    expect((await remove('wuchang', attachment.id)).statusCode).toBe(404);
    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'attachment.remove').where('entity_id', '=', String(attachment.id)).executeTakeFirstOrThrow();
    expect(JSON.parse(audit.before_json!)).toMatchObject({ parent: 'project', projectId: project, fileName: '现场照片.jpg', mediaType: 'image/jpeg' });
  });

  it('lets the city reviewer remove a district\'s photo, and tells each reader whether he may', async () => {
    const attachment = await add('wuchang');
    expect(attachment.removable).toBe(true);
    const listed = async (user: string) => (await t.app.inject({ method: 'GET', url: `/api/projects/${project}/attachments`, headers: { cookie: await as(user) } })).json() as { items: { id: number; removable: boolean }[] };
    expect((await listed('reviewer')).items.find((a) => a.id === attachment.id)?.removable).toBe(true);
    expect((await listed('leader')).items.find((a) => a.id === attachment.id)?.removable).toBe(false);
    expect((await remove('reviewer', attachment.id)).statusCode).toBe(204);
    expect((await get('reviewer', attachment.id)).statusCode).toBe(404);
  });

  it('refuses a user of the district who did not upload it, in his language, and writes nothing', async () => {
    const id = await insertAttachment(t, project);
    const reviewerId = (await t.database.db.selectFrom('users').select('id').where('username', '=', 'reviewer').executeTakeFirstOrThrow()).id;
    await t.database.db.updateTable('attachments').set({ uploaded_by: reviewerId }).where('id', '=', id).execute();
    await as('wuchang');
    for (const [locale, text] of [['zh-CN', '只有上传人或市级审核人员'], ['zh-TW', '只有上傳人或市級審核人員'], ['en', 'Only the person who uploaded']] as const) {
      const before = await snapshotDatabase(t.database.db, 'failed');
      const files = await storedNames();
      const refused = await remove('wuchang', id, locale);
      expect(refused.statusCode, refused.body).toBe(403);
      expect(refused.json()).toMatchObject({ code: 'ATTACHMENT_NOT_YOURS' });
      expect(refused.json().message).toContain(text);
      expect(await snapshotDatabase(t.database.db, 'failed')).toBe(before);
      expect(await storedNames()).toEqual(files);
    }
    expect((await get('wuchang', id)).statusCode).toBe(200);
  });

  it('answers another district exactly as a missing attachment, and keeps the file', async () => {
    const attachment = await add('wuchang');
    await as('jiangan');
    const before = await snapshotDatabase(t.database.db, 'denied');
    const refused = await remove('jiangan', attachment.id);
    expect(refused.statusCode).toBe(404);
    expect(refused.json()).toMatchObject({ code: 'NOT_FOUND' });
    expect(await snapshotDatabase(t.database.db, 'denied')).toBe(before);
    expect((await get('wuchang', attachment.id)).statusCode).toBe(200);
  });
});
