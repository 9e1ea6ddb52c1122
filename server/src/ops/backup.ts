import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { openPostgres, openSqlite, type DatabaseHandle } from '../db/connection';
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

/**
 * SQLite: the online backup API (consistent while the server runs), then the
 * copy is checked on its own. PostgreSQL: pg_dump in custom format, then the
 * live database is checked and the dump's table of contents read back.
 */
export async function backupDatabase(database: DatabaseHandle, file: string, pg?: PostgresTarget): Promise<IntegrityReport> {
  const target = path.resolve(file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  if (database.dialect === 'sqlite') {
    if (!database.sqlite) throw new Error('SQLite handle without its connection');
    await database.sqlite.backup(target);
    const copy = openSqlite(target);
    try {
      return await checkIntegrity(copy);
    } finally {
      await copy.close();
    }
  }
  if (!pg) throw new Error('PostgreSQL backup needs the database URL');
  run('pg_dump', ['--format=custom', '--no-owner', `--file=${target}`, ...(pg.schema ? [`--schema=${pg.schema}`] : []), pg.url]);
  run('pg_restore', ['--list', target]);
  return checkIntegrity(database);
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
async function checkDumpInScratch(pg: PostgresTarget, dump: string): Promise<IntegrityReport> {
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
        return await checkIntegrity(scratch);
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
 * database), and a SQLite file that a running server holds is refused.
 */
export async function restoreDatabase(
  spec: { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; pg: PostgresTarget },
  backupFile: string,
): Promise<IntegrityReport> {
  const source = path.resolve(backupFile);
  if (!fs.existsSync(source)) throw new Error(`backup file not found: ${source}`);
  if (spec.dialect === 'sqlite') {
    const holder = lockHolder(spec.file);
    if (holder !== null) throw new Error(`a server (pid ${holder}) is running on ${spec.file}: stop it first; nothing was replaced`);
    const candidate = openSqlite(source);
    const before = await checkIntegrity(candidate).finally(() => candidate.close());
    if (!before.ok) throw new Error('the backup itself does not pass the integrity check; nothing was replaced');
    const staging = `${spec.file}.restoring`;
    fs.copyFileSync(source, staging);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${spec.file}${suffix}`, { force: true });
    fs.renameSync(staging, spec.file);
    const restored = openSqlite(spec.file);
    try {
      return await checkIntegrity(restored);
    } finally {
      await restored.close();
    }
  }
  const candidate = await checkDumpInScratch(spec.pg, source);
  if (!candidate.ok) throw new Error(`the backup does not pass the integrity check (${describeIntegrity(candidate)}); nothing was replaced`);
  run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', `--dbname=${spec.pg.url}`, source]);
  const restored = openPostgres(spec.pg.url, { schema: spec.pg.schema });
  try {
    return await checkIntegrity(restored);
  } finally {
    await restored.close();
  }
}
