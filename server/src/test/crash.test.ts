import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openPostgres, openSqlite, type DatabaseHandle } from '../db/connection';
import { DEMO_PASSWORD } from '../db/seed/demo';
import { DEMO_TOTP_SECRET } from '../db/seed/demo-second-factor';
import { totpCode, totpStepAt } from '../platform/auth/totp';
import { verifyAuditChain } from '../platform/audit/audit-verify';
import { PG_URL, describeEachDialect } from './dialects';
import { freePort, startServer, waitForExit } from './server-process';

const BURST = 120;
const IN_FLIGHT = 6;
/** Kill the server after this many writes have been acknowledged, with more in flight. */
const KILL_AFTER = 40;

describeEachDialect('crash: kill -9 during a burst of writes', (dialect) => {
  let dir: string;
  let schema: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hongtu-crash-'));
    schema = `crash_${randomBytes(5).toString('hex')}`;
    if (dialect === 'postgres') {
      const admin = openPostgres(PG_URL, { max: 1 });
      await sql`create schema ${sql.id(schema)}`.execute(admin.db);
      await admin.close();
      const url = new URL(PG_URL);
      url.searchParams.set('options', `-c search_path=${schema}`);
      env = { DATABASE_URL: url.toString(), HONGTU_DATA_DIR: dir };
    } else {
      env = { HONGTU_DATA_DIR: dir };
    }
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (dialect === 'postgres') {
      const admin = openPostgres(PG_URL, { max: 1 });
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(admin.db);
      await admin.close();
    }
  });

  it('keeps every acknowledged write with its audit row, and the chain verifies', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const server = await startServer(env, port);
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORD }),
    });
    expect(login.status).toBe(200);
    // The demo admin's second factor, by the server's (real) clock.
    const verified = await fetch(`${base}/api/auth/second-factor/verify`, {
      method: 'POST', headers: { 'content-type': 'application/json', cookie: login.headers.get('set-cookie')!.split(';')[0]!, origin: base },
      body: JSON.stringify({ code: totpCode(DEMO_TOTP_SECRET, totpStepAt(new Date())) }),
    });
    expect(verified.status).toBe(200);
    const cookie = verified.headers.get('set-cookie')!.split(';')[0]!;
    const orgs = (await (await fetch(`${base}/api/organisations`, { headers: { cookie } })).json()) as { items: { id: number; code: string }[] };
    const parentId = orgs.items.find((o) => o.code === '420106')!.id;

    const acknowledged: { id: number; code: string }[] = [];
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (next < BURST) {
        const code = `CRASH-${next++}`;
        try {
          const response = await fetch(`${base}/api/organisations`, {
            method: 'POST', headers: { 'content-type': 'application/json', cookie, origin: base },
            body: JSON.stringify({ code, name: `压测街道${code}`, kind: 'street', parentId }),
          });
          if (response.status === 201) acknowledged.push({ id: ((await response.json()) as { id: number }).id, code });
        } catch {
          // The connection died with the server: this write was never acknowledged.
        }
        if (!killed && acknowledged.length >= KILL_AFTER) {
          killed = true;
          server.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    await waitForExit(server);
    expect(killed).toBe(true);
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);

    // Restart on the same data: it must come up cleanly (WAL recovery / PostgreSQL commit).
    const again = await startServer(env, port);
    again.kill('SIGTERM');
    await waitForExit(again);

    const database: DatabaseHandle = dialect === 'sqlite' ? openSqlite(path.join(dir, 'hongtu.sqlite')) : openPostgres(env.DATABASE_URL!);
    try {
      const rows = await database.db.selectFrom('organisations').select(['id', 'code']).where('code', 'like', 'CRASH-%').execute();
      const present = new Map(rows.map((r) => [r.code, r.id]));
      for (const write of acknowledged) expect(present.get(write.code)).toBe(write.id);
      const audited = await database.db.selectFrom('audit_log').select('entity_id').where('action', '=', 'organisation.create').execute();
      const auditedIds = new Set(audited.map((a) => a.entity_id));
      for (const write of acknowledged) expect(auditedIds.has(String(write.id))).toBe(true);
      // Nothing half-written: every street that exists has its audit row.
      for (const row of rows) expect(auditedIds.has(String(row.id))).toBe(true);
      expect((await verifyAuditChain(database.db)).intact).toBe(true);
    } finally {
      await database.close();
    }
  });
});
