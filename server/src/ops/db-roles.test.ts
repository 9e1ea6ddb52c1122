import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AuditCheckpoint } from '@hongtu/contracts';
import { buildApp } from '../app';
import { openPostgres, type DatabaseHandle } from '../db/connection';
import { DEMO_PASSWORD, seedDemo } from '../db/seed/demo';
import { checkAuditRole } from '../platform/audit/audit-roles';
import { verifyAuditChain } from '../platform/audit/audit-verify';
import { PG_URL, createTestDatabase } from '../test/dialects';
import { cookieOf } from '../test/test-app';
import { completeSecondStep } from '../test/second-step';
import { DEMO_TOTP_SECRET } from '../db/seed/demo-second-factor';
import { totpCode, totpStepAt } from '../platform/auth/totp';
import { TestClock } from '../test/test-clock';
import { freePort, startServer, waitForExit } from '../test/server-process';
import { prepareWithRoles } from './db-roles';

const SERVER_DIR = path.resolve(import.meta.dirname, '../..');

/** The test server's URL as another login role (trust authentication on 127.0.0.1). */
function urlAs(role: string, schema?: string): string {
  const url = new URL(PG_URL);
  url.username = role;
  url.password = '';
  if (schema) url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

/** Signs in to a running server as the web app would, with the demo's second factor when asked. */
async function signIn(base: string, username: string): Promise<string> {
  const headers = { 'content-type': 'application/json', origin: base };
  const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
  expect(login.status).toBe(200);
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  if (!((await login.json()) as { pendingStep?: string | null }).pendingStep) return cookie;
  const code = totpCode(DEMO_TOTP_SECRET, totpStepAt(new Date()));
  const verified = await fetch(`${base}/api/auth/second-factor/verify`, { method: 'POST', headers: { ...headers, cookie }, body: JSON.stringify({ code }) });
  expect(verified.status, await verified.clone().text()).toBe(200);
  return verified.headers.get('set-cookie')!.split(';')[0]!;
}

/** Runs the command line as it is run by hand. */
function cli(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: SERVER_DIR, env: { ...process.env, ...env, LOG_LEVEL: 'error' }, encoding: 'utf8',
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('SQLite has no roles', () => {
  it('reports the role check as not applicable', async () => {
    const database = await createTestDatabase('sqlite');
    try {
      expect(await checkAuditRole(database.db, 'sqlite')).toBeNull();
    } finally {
      await database.dispose();
    }
  });
});

// Two throwaway login roles: an owner that migrates and an app role that serves.
describe.skipIf(!inject('postgresAvailable'))('PostgreSQL: migrations as the owner, the app as a role that may only read and append audit rows', () => {
  const suffix = randomBytes(5).toString('hex');
  const owner = `hongtu_owner_${suffix}`;
  const appRole = `hongtu_app_${suffix}`;
  const schema = `roles_${suffix}`;
  let admin: DatabaseHandle;
  let app: DatabaseHandle;
  let dir: string;
  const clock = new TestClock();

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hongtu-roles-'));
    admin = openPostgres(PG_URL, { max: 1 });
    await sql`create role ${sql.id(owner)} login`.execute(admin.db);
    await sql`create role ${sql.id(appRole)} login`.execute(admin.db);
    await sql`create schema ${sql.id(schema)} authorization ${sql.id(owner)}`.execute(admin.db);
    app = openPostgres(urlAs(appRole), { schema, max: 3 });
  });
  afterAll(async () => {
    await app?.close();
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(admin.db);
    await sql`drop owned by ${sql.id(owner)}, ${sql.id(appRole)}`.execute(admin.db);
    await sql`drop role if exists ${sql.id(appRole)}`.execute(admin.db);
    await sql`drop role if exists ${sql.id(owner)}`.execute(admin.db);
    await admin.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('migrates a fresh schema as the owner and grants the app role', async () => {
    const { roleCheck, grants } = await prepareWithRoles(app, clock, urlAs(owner), { schema });
    expect(grants).toEqual({ schema, owner, appRole });
    expect(roleCheck).toEqual({ role: appRole, canTamper: false, findings: [] });
    const { rows } = await sql<{ owner: string }>`select tableowner as owner from pg_tables where schemaname = ${schema} and tablename = 'audit_log'`.execute(admin.db);
    expect(rows).toEqual([{ owner }]);
    // The owner itself, as a single-URL setup runs, could switch the triggers off.
    const asOwner = openPostgres(urlAs(owner), { schema, max: 1 });
    try {
      expect(await checkAuditRole(asOwner.db, 'postgres')).toMatchObject({ role: owner, canTamper: true, findings: expect.arrayContaining(['owns_table', 'owns_schema', 'owns_trigger_function']) });
    } finally {
      await asOwner.close();
    }
  });

  it('lets the app role do its normal work: sign in, save, audit rows written', async () => {
    await seedDemo(app, clock);
    const server = await buildApp({ database: app, clock, logger: false });
    await server.ready();
    // Requests from the app's own page carry its Origin.
    const origin = 'http://localhost';
    const inject = server.inject.bind(server);
    const fromPage = { inject: (o: InjectOptions) => inject({ ...o, headers: { origin, ...o.headers } }) } as unknown as FastifyInstance;
    const signInInProcess = async (username: string) => {
      const login = await fromPage.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
      expect(login.statusCode, login.body).toBe(200);
      return cookieOf(await completeSecondStep(fromPage, app.db, clock, login));
    };
    try {
      const before = await app.db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      const cookie = await signInInProcess('admin');
      const parent = await app.db.selectFrom('organisations').select('id').where('code', '=', '420106').executeTakeFirstOrThrow();
      const created = await server.inject({ method: 'POST', url: '/api/organisations', headers: { cookie, origin }, payload: { code: 'ROLE-1', name: '角色测试街道', kind: 'street', parentId: parent.id } });
      expect(created.statusCode, created.body).toBe(201);
      const renamed = await server.inject({ method: 'PATCH', url: `/api/organisations/${created.json().id}`, headers: { cookie, origin }, payload: { name: '改名街道', version: 1 } });
      expect(renamed.statusCode, renamed.body).toBe(200);
      const after = await app.db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      expect(Number(after.n)).toBeGreaterThanOrEqual(Number(before.n) + 3);
      const auditor = await signInInProcess('auditor');
      const verified = await server.inject({ method: 'GET', url: '/api/audit/verify', headers: { cookie: auditor } });
      expect(verified.json()).toMatchObject({ intact: true, roleCheck: { role: appRole, canTamper: false } });
    } finally {
      await server.close();
    }
  });

  it('refuses the app role UPDATE, DELETE, TRUNCATE, DISABLE TRIGGER, DROP and a replaced trigger function on the audit table', async () => {
    const attempts: [string, ReturnType<typeof sql>, RegExp][] = [
      ['update', sql`update audit_log set action = 'forged'`, /permission denied/],
      ['delete', sql`delete from audit_log`, /permission denied/],
      ['truncate', sql`truncate audit_log`, /permission denied/],
      ['disable trigger', sql`alter table audit_log disable trigger audit_log_no_change`, /must be owner/],
      ['disable all triggers', sql`alter table audit_log disable trigger all`, /must be owner/],
      ['drop', sql`drop table audit_log`, /must be owner/],
      ['replace function', sql.raw(`create or replace function audit_log_append_only() returns trigger language plpgsql as $$ begin return old; end $$`), /must be owner|permission denied/],
      ['add trigger', sql.raw(`create trigger audit_log_forge before insert on audit_log for each row execute function audit_log_append_only()`), /permission denied|must be owner/],
      ['setval', sql`select setval(pg_get_serial_sequence('audit_log', 'id'), 1)`, /permission denied/],
    ];
    for (const [name, statement, error] of attempts) {
      await expect(statement.execute(app.db), name).rejects.toThrow(error);
    }
    expect(await verifyAuditChain(app.db)).toMatchObject({ intact: true });
    // Ordinary tables stay writable (the lock of an account, for instance).
    await expect(sql`update users set display_name = display_name where username = 'admin'`.execute(app.db)).resolves.toBeDefined();
  });

  it('`hongtu db grants` sets the roles up and checks them; the real server runs as the app role and keeps its checkpoints', async () => {
    const env = { DATABASE_URL: urlAs(appRole, schema), HONGTU_MIGRATION_DATABASE_URL: urlAs(owner, schema), HONGTU_DATA_DIR: dir };
    const granted = cli(['db', 'grants'], env);
    expect(granted.out).toMatch(new RegExp(`"${appRole}" may read and write the tables, and only read and append audit rows`));
    expect(granted.status, granted.out).toBe(0);
    const ownerOnly = cli(['db', 'grants', '--check'], { ...env, DATABASE_URL: urlAs(owner, schema), HONGTU_MIGRATION_DATABASE_URL: '' });
    expect(ownerOnly.out).toMatch(/WARNING: the app role .* could alter or delete audit rows \(.*owns_table/);
    expect(ownerOnly.status).toBe(1);

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const server = await startServer(env, port);
    try {
      const cookie = await signIn(base, 'admin');
      const parent = await app.db.selectFrom('organisations').select('id').where('code', '=', '420106').executeTakeFirstOrThrow();
      const created = await fetch(`${base}/api/organisations`, {
        method: 'POST', headers: { 'content-type': 'application/json', origin: base, cookie },
        body: JSON.stringify({ code: 'ROLE-2', name: '服务进程街道', kind: 'street', parentId: parent.id }),
      });
      expect(created.status).toBe(201);
    } finally {
      server.kill('SIGTERM');
      await waitForExit(server);
    }
    const lines = fs.readFileSync(path.join(dir, 'audit-checkpoints.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as AuditCheckpoint);
    expect(lines.map((l) => l.reason)).toEqual(['start', 'shutdown']);
    const head = await app.db.selectFrom('audit_log').select(['id', 'hash']).orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(lines[1]).toMatchObject(head);

    const verified = cli(['verify'], env);
    expect(verified.out).toMatch(/audit chain intact .*reaches all 2 kept heads/);
    expect(verified.out).toMatch(new RegExp(`roles: the app role "${appRole}" may only read and append audit rows`));
    expect(verified.status, verified.out).toBe(0);
    // Three runs of the command line and a server start: a long timeout as a safety net, not a speed check.
  }, 180_000);
});
