import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { auditKeptHeadSchema, type AuditKeptHead } from '@hongtu/contracts';
import { openPostgres, openSqlite, type DatabaseHandle } from '../db/connection';
import type { Db } from '../db/database';
import { systemClock, type Clock } from '../platform/clock';
import { parseKeptHeads } from '../platform/audit/audit-checkpoints';
import { auditHead, type AuditAnchor } from '../platform/audit/audit-verify';
import { checkIntegrity, describeIntegrity, type IntegrityReport } from './integrity';
import { lockHolder } from './server-lock';

export interface PostgresTarget {
  url: string;
  /** Limit to one schema (tests); the whole database otherwise. */
  schema?: string;
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error) throw new Error(`${command} could not start: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr.trim()}`);
}

function runAsync(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', (error) => reject(new Error(`${command} could not start: ${error.message}`)));
    child.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} failed: ${stderr.trim()}`))));
  });
}

/** The head of the trail a backup holds, kept beside it (and, for SQLite, inside it). */
export const headFileOf = (backupFile: string) => `${path.resolve(backupFile)}.head.json`;

/** The table a SQLite backup carries its own head in; a restore removes it before the file goes live. */
const EMBEDDED_HEAD_TABLE = 'hongtu_backup_head';

export interface BackupReport extends IntegrityReport {
  /** The newest audit row in the backup (null for an empty trail), as written to `<file>.head.json`. */
  head: AuditKeptHead | null;
}

/**
 * SQLite: the online backup API (consistent while the server runs), then the copy is checked on
 * its own. PostgreSQL: pg_dump in custom format of a snapshot in which the head is read too, then
 * the live database is checked and the dump's table of contents read back. Either way the head of
 * the trail in the backup (id, hash, count, time) is written to `<file>.head.json`, and for SQLite
 * into the copy as well, so that a restore can tell whether the restored trail still reaches it.
 */
export async function backupDatabase(database: DatabaseHandle, file: string, pg?: PostgresTarget, clock: Clock = systemClock): Promise<BackupReport> {
  const target = path.resolve(file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const at = clock.now().toISOString();
  if (database.dialect === 'sqlite') {
    if (!database.sqlite) throw new Error('SQLite handle without its connection');
    await database.sqlite.backup(target);
    const copy = openSqlite(target);
    try {
      const found = await auditHead(copy.db);
      const head = found ? { ...found, at } : null;
      if (head) await embedHead(copy.db, head);
      writeHeadFile(target, head);
      return { ...(await checkIntegrity(copy, head ? [head] : [])), head };
    } finally {
      await copy.close();
    }
  }
  if (!pg) throw new Error('PostgreSQL backup needs the database URL');
  // pg_dump reads the snapshot this transaction exported, so the head read here is the dump's own.
  const found = await database.db.transaction().setIsolationLevel('repeatable read').execute(async (trx) => {
    const { rows } = await sql<{ snapshot: string }>`select pg_export_snapshot() as snapshot`.execute(trx);
    const inSnapshot = await auditHead(trx);
    await runAsync('pg_dump', [
      '--format=custom', '--no-owner', '--no-privileges', `--snapshot=${rows[0]!.snapshot}`, `--file=${target}`,
      ...(pg.schema ? [`--schema=${pg.schema}`] : []), pg.url,
    ]);
    return inSnapshot;
  });
  const head = found ? { ...found, at } : null;
  writeHeadFile(target, head);
  run('pg_restore', ['--list', target]);
  return { ...(await checkIntegrity(database, head ? [head] : [])), head };
}

function writeHeadFile(backupFile: string, head: AuditKeptHead | null): void {
  const file = headFileOf(backupFile);
  if (head) fs.writeFileSync(file, `${JSON.stringify(head, null, 2)}\n`);
  else fs.rmSync(file, { force: true });
}

async function embedHead(db: Db, head: AuditKeptHead): Promise<void> {
  await sql`create table ${sql.id(EMBEDDED_HEAD_TABLE)} (id integer not null, hash text not null, count integer not null, at text not null)`.execute(db);
  await sql`insert into ${sql.id(EMBEDDED_HEAD_TABLE)} (id, hash, count, at) values (${head.id}, ${head.hash}, ${head.count}, ${head.at})`.execute(db);
}

/** The head a SQLite backup carries inside it, if any. */
async function embeddedHead(db: Db): Promise<AuditKeptHead | null> {
  const { rows } = await sql<{ n: number }>`select count(*) as n from sqlite_master where type = 'table' and name = ${EMBEDDED_HEAD_TABLE}`.execute(db);
  if (Number(rows[0]?.n ?? 0) === 0) return null;
  const found = await sql<AuditKeptHead>`select id, hash, count, at from ${sql.id(EMBEDDED_HEAD_TABLE)}`.execute(db);
  const parsed = auditKeptHeadSchema.safeParse(found.rows[0]);
  if (!parsed.success) throw new Error('the head kept inside the backup is not readable; nothing was replaced');
  return parsed.data;
}

/** The heads a restore compares the backup with: `<file>.head.json` when it is there, and those given. */
export function keptHeadsOf(backupFile: string, given: readonly AuditAnchor[] = []): AuditAnchor[] {
  const file = headFileOf(backupFile);
  const beside = fs.existsSync(file) ? parseKeptHeads(fs.readFileSync(file, 'utf8')) : [];
  return [...beside, ...given];
}

/** Drops the scratch database once its last connection has gone (closing a pool takes a moment). */
async function dropWhenClosed(admin: DatabaseHandle, name: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await sql`drop database if exists ${sql.id(name)}`.execute(admin.db);
      return;
    } catch (error) {
      // 55006: "is being accessed by other users".
      if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * PostgreSQL: restores the dump into a scratch database of the same server and checks it there
 * completely (the audit chain included) before anything live is touched; the scratch database is
 * dropped whatever the outcome.
 */
async function checkDumpInScratch(pg: PostgresTarget, dump: string, anchors: readonly AuditAnchor[]): Promise<IntegrityReport> {
  const live = new URL(pg.url);
  const scratchName = `${live.pathname.slice(1) || 'postgres'}_restore_${randomBytes(4).toString('hex')}`;
  const scratchUrl = new URL(pg.url);
  scratchUrl.pathname = `/${scratchName}`;
  const admin = openPostgres(pg.url);
  try {
    await sql`create database ${sql.id(scratchName)}`.execute(admin.db);
    try {
      run('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${scratchUrl.toString()}`, dump]);
      const scratch = openPostgres(scratchUrl.toString(), { schema: pg.schema });
      try {
        return await checkIntegrity(scratch, anchors);
      } finally {
        await scratch.close();
      }
    } finally {
      await dropWhenClosed(admin, scratchName);
    }
  } finally {
    await admin.close();
  }
}

/**
 * Replaces the database with a backup, then checks the result. The backup is checked completely
 * before it replaces anything (SQLite: the file itself; PostgreSQL: restored into a scratch
 * database) — its audit chain must reach the head recorded with it (`<file>.head.json`, and for
 * SQLite the copy inside the file) and every head given in `anchors` — and a SQLite file that a
 * running server holds is refused.
 */
export async function restoreDatabase(
  spec: { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; pg: PostgresTarget },
  backupFile: string,
  anchors: readonly AuditAnchor[] = [],
): Promise<IntegrityReport> {
  const source = path.resolve(backupFile);
  if (!fs.existsSync(source)) throw new Error(`backup file not found: ${source}`);
  const heads = keptHeadsOf(source, anchors);
  if (spec.dialect === 'sqlite') {
    const holder = lockHolder(spec.file);
    if (holder !== null) throw new Error(`a server (pid ${holder}) is running on ${spec.file}: stop it first; nothing was replaced`);
    const candidate = openSqlite(source);
    const before = await embeddedHead(candidate.db)
      .then((inside) => checkIntegrity(candidate, inside ? [inside, ...heads] : heads))
      .finally(() => candidate.close());
    if (!before.ok) throw new Error(`the backup itself does not pass the integrity check (${describeIntegrity(before)}); nothing was replaced`);
    const staging = `${spec.file}.restoring`;
    fs.copyFileSync(source, staging);
    const staged = openSqlite(staging);
    await sql`drop table if exists ${sql.id(EMBEDDED_HEAD_TABLE)}`.execute(staged.db).finally(() => staged.close());
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${spec.file}${suffix}`, { force: true });
    fs.renameSync(staging, spec.file);
    const restored = openSqlite(spec.file);
    try {
      return await checkIntegrity(restored, heads);
    } finally {
      await restored.close();
    }
  }
  const candidate = await checkDumpInScratch(spec.pg, source, heads);
  if (!candidate.ok) throw new Error(`the backup does not pass the integrity check (${describeIntegrity(candidate)}); nothing was replaced`);
  run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', `--dbname=${spec.pg.url}`, source]);
  const restored = openPostgres(spec.pg.url, { schema: spec.pg.schema });
  try {
    return await checkIntegrity(restored, heads);
  } finally {
    await restored.close();
  }
}
