import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { openPostgres, openSqlite, type DatabaseHandle } from '../db/connection';
import { checkIntegrity, type IntegrityReport } from './integrity';

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

/**
 * Replaces the database with a backup, then checks the result. For SQLite the
 * server must be stopped; the backup is checked before it replaces anything.
 */
export async function restoreDatabase(
  spec: { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; pg: PostgresTarget },
  backupFile: string,
): Promise<IntegrityReport> {
  const source = path.resolve(backupFile);
  if (!fs.existsSync(source)) throw new Error(`backup file not found: ${source}`);
  if (spec.dialect === 'sqlite') {
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
  run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', `--dbname=${spec.pg.url}`, source]);
  const restored = openPostgres(spec.pg.url, { schema: spec.pg.schema });
  try {
    return await checkIntegrity(restored);
  } finally {
    await restored.close();
  }
}
