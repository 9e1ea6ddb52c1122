import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'kysely';
import type { AuditCheckpoint } from '@hongtu/contracts';
import { buildApp } from '../../app';
import type { DialectName } from '../../db/connection';
import type { Db } from '../../db/database';
import { checkIntegrity } from '../../ops/integrity';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { AuditCheckpointer, AuditCheckpointLog, parseCheckpointLines, parseKeptHeads } from './audit-checkpoints';
import { auditHead } from './audit-verify';

const HASH_A = 'a'.repeat(64);
const HASH_B = 'b'.repeat(64);
const line = (id: number, hash: string, reason: AuditCheckpoint['reason'] = 'schedule'): AuditCheckpoint =>
  ({ id, hash, count: id, at: '2026-11-01T00:00:00.000Z', reason });

/** Deletes audit rows the way an intruder with database access would: triggers off. */
async function deleteAuditRows(db: Db, dialect: DialectName, fromId: number): Promise<void> {
  if (dialect === 'sqlite') {
    await sql`drop trigger audit_log_no_delete`.execute(db);
    await sql`delete from audit_log where id >= ${fromId}`.execute(db);
    await sql`create trigger audit_log_no_delete before delete on audit_log begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
  } else {
    await sql`alter table audit_log disable trigger audit_log_no_change`.execute(db);
    await sql`delete from audit_log where id >= ${fromId}`.execute(db);
    await sql`alter table audit_log enable trigger audit_log_no_change`.execute(db);
  }
}

describe('the checkpoint log file', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hongtu-checkpoints-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('appends one JSON line per head and reads the last one back', () => {
    const log = new AuditCheckpointLog(path.join(dir, 'nested', 'one.jsonl'));
    expect(log.last()).toBeNull();
    log.append(line(3, HASH_A));
    log.append(line(5, HASH_B));
    const text = fs.readFileSync(log.file, 'utf8');
    expect(text.split('\n').filter(Boolean).map((l) => JSON.parse(l).id)).toEqual([3, 5]);
    expect(log.last()).toMatchObject({ id: 5, hash: HASH_B });
  });

  it('closes a line cut short by a crash before appending, and counts it as unreadable', async () => {
    const log = new AuditCheckpointLog(path.join(dir, 'cut.jsonl'));
    log.append(line(3, HASH_A));
    fs.appendFileSync(log.file, '{"id":4,"hash":"ab');
    log.append(line(5, HASH_B));
    const read = await log.sinceRestore();
    expect(read.checkpoints.map((c) => c.id)).toEqual([3, 5]);
    expect(read.unreadable).toBe(1);
    expect(log.last()).toMatchObject({ id: 5 });
  });

  it('compares only the heads from the last restore on', () => {
    const text = [line(3, HASH_A), line(9, HASH_A), line(4, HASH_B, 'restore'), line(6, HASH_B)].map((c) => JSON.stringify(c)).join('\n');
    expect(parseCheckpointLines(text).checkpoints.map((c) => [c.id, c.reason])).toEqual([[4, 'restore'], [6, 'schedule']]);
  });

  it('reads a kept head as id:hash, as JSON, or as a checkpoint log, and refuses anything else', () => {
    expect(parseKeptHeads(`12:${HASH_A}`)).toEqual([{ id: 12, hash: HASH_A }]);
    expect(parseKeptHeads(JSON.stringify({ id: 12, hash: HASH_A, count: 12, at: '2026-11-01T00:00:00Z' }))).toEqual([{ id: 12, hash: HASH_A }]);
    expect(parseKeptHeads(`${JSON.stringify(line(3, HASH_A))}\n${JSON.stringify(line(5, HASH_B))}\n`)).toEqual([{ id: 3, hash: HASH_A }, { id: 5, hash: HASH_B }]);
    for (const bad of ['', '12:short', '{"id":12}', 'nonsense', `-1:${HASH_A}`]) expect(() => parseKeptHeads(bad), bad).toThrow(/no audit head/);
  });
});

describeEachDialect('audit checkpoints', (dialect) => {
  let t: TestApp;
  let dir: string;
  let admin: string;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hongtu-checkpoints-'));
    admin = await t.login('admin');
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  let created = 0;
  const createStreet = async () => {
    created += 1;
    const response = await t.app.inject({
      method: 'POST', url: '/api/organisations', headers: { cookie: admin },
      payload: { code: `CP-${created}`, name: `检查点街道${created}`, kind: 'street', parentId: await t.orgId('420106') },
    });
    expect(response.statusCode, response.body).toBe(201);
  };
  const readLines = (file: string) => fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as AuditCheckpoint);

  it('writes the head at start, when it moved, on the schedule and at shutdown', async () => {
    const log = new AuditCheckpointLog(path.join(dir, 'schedule.jsonl'));
    const written: AuditCheckpoint[] = [];
    const checkpointer = new AuditCheckpointer(t.database.db, log, t.clock, { onWrite: (c) => written.push(c) });
    const start = await checkpointer.checkpoint('start');
    expect(start).toMatchObject({ ...(await auditHead(t.database.db)), reason: 'start', at: t.clock.now().toISOString() });
    // Nothing moved: nothing written.
    expect(await checkpointer.checkpoint('schedule')).toBeNull();

    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    checkpointer.start(10);
    await createStreet();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    // Writes are queued one at a time: a later one resolves after the scheduled one.
    await checkpointer.checkpoint('schedule');
    await createStreet();
    await checkpointer.stop();

    const lines = readLines(log.file);
    expect(lines.map((c) => c.reason)).toEqual(['start', 'schedule', 'shutdown']);
    expect(lines.at(-1)).toMatchObject(await auditHead(t.database.db) as object);
    expect(lines[1]!.id).toBeGreaterThan(lines[0]!.id);
    expect(written).toEqual(lines);
  });

  it('reports the newest rows deleted after a checkpoint as a shortened trail, in the API and the integrity check', async () => {
    const file = path.join(dir, 'truncated.jsonl');
    const log = new AuditCheckpointLog(file);
    const checkpointer = new AuditCheckpointer(t.database.db, log, t.clock);
    const problems: string[] = [];
    const watching = new AuditCheckpointer(t.database.db, log, t.clock, { onProblem: (message) => problems.push(message) });
    const app = await buildApp({ database: t.database, clock: t.clock, logger: false, config: { auditCheckpointFile: file } });
    await app.ready();
    const auditor = await t.login('auditor');
    const verify = async () => {
      const response = await app.inject({ method: 'GET', url: '/api/audit/verify', headers: { cookie: auditor } });
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    };
    try {
      // A fresh chain: other cases may have left this one in any state.
      await deleteAuditRows(t.database.db, dialect, 0);
      expect(await verify()).toMatchObject({ intact: true, checkpoint: null, checkpointsCompared: 0 });

      await createStreet();
      const first = (await checkpointer.checkpoint('schedule'))!;
      await createStreet();
      await createStreet();
      const kept = (await checkpointer.checkpoint('schedule'))!;
      expect(await verify()).toMatchObject({ intact: true, brokenAt: null, checkpoint: { id: kept.id, hash: kept.hash }, checkpointsCompared: 2 });

      // The newest rows go: the chain still links, but it no longer reaches the checkpoint.
      await deleteAuditRows(t.database.db, dialect, first.id + 1);
      expect(await verify()).toMatchObject({ intact: false, brokenAt: { id: kept.id, reason: 'truncated' }, checkpoint: { id: kept.id } });
      const report = await checkIntegrity(t.database, (await log.sinceRestore()).checkpoints);
      expect(report.ok).toBe(false);
      expect(report.audit.brokenAt).toEqual({ id: kept.id, reason: 'truncated' });

      // A checkpoint written afterwards (a restart) does not hide it, and is reported when written.
      await watching.checkpoint('start');
      expect(problems).toEqual([expect.stringMatching(/ends before its last checkpoint/)]);
      expect(await verify()).toMatchObject({ intact: false, brokenAt: { id: kept.id, reason: 'truncated' }, checkpointsCompared: 3 });

      // New rows appended after the deletion link to the shortened chain; the checkpoint still shows it.
      for (let i = 0; i < 4; i += 1) await createStreet();
      const longer = await auditHead(t.database.db);
      expect(longer!.id).toBeGreaterThan(kept.id);
      expect(await verify()).toMatchObject({ intact: false, brokenAt: { id: kept.id, reason: 'truncated' } });

      // A restore starts a new history: the heads before it are no longer compared.
      await checkpointer.checkpoint('restore');
      expect(await verify()).toMatchObject({ intact: true, brokenAt: null, checkpointsCompared: 1, checkpoint: { reason: 'restore', id: longer!.id } });
      // A checkpoint whose row was replaced (another hash at its id).
      log.append({ ...longer!, hash: HASH_A, at: t.clock.now().toISOString(), reason: 'schedule' });
      expect(await verify()).toMatchObject({ intact: false, brokenAt: { id: longer!.id, reason: 'anchor_mismatch' } });
    } finally {
      await app.close();
    }
  });

  it('reports on PostgreSQL whether the server\'s role could alter audit rows (the test role owns the table)', async () => {
    const auditor = await t.login('auditor');
    const response = await t.app.inject({ method: 'GET', url: '/api/audit/verify', headers: { cookie: auditor } });
    const { roleCheck } = response.json();
    if (dialect === 'sqlite') expect(roleCheck).toBeNull();
    else expect(roleCheck).toMatchObject({ canTamper: true, findings: expect.arrayContaining(['owns_table']) });
  });
});
