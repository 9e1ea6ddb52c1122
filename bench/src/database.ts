import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type pg from 'pg';
import {
  createPostgresPool,
  openPostgres,
  openSqlite,
  type DatabaseHandle,
  type DialectName,
} from '@hongtu/server/src/db/connection';

/** A throwaway database for one benchmark run, as the server would open it. */
export interface BenchDatabase {
  handle: DatabaseHandle;
  dialect: DialectName;
  /** SQLite file or PostgreSQL schema. */
  location: string;
  /** PostgreSQL only: a pool on the same schema for bulk loading outside Kysely. */
  pool?: pg.Pool;
  /** Closes everything and removes the file or drops the schema. */
  dispose(): Promise<void>;
}

/** True when a PostgreSQL server answers at the URL. */
export async function postgresReachable(url: string): Promise<string | null> {
  const pool = createPostgresPool(url, { max: 1 });
  try {
    await pool.query('select 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await pool.end().catch(() => undefined);
  }
}

export async function openBenchDatabase(dialect: DialectName, pgUrl: string): Promise<BenchDatabase> {
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hongtu-bench-'));
    const file = path.join(dir, 'bench.sqlite');
    const handle = openSqlite(file);
    return {
      handle,
      dialect,
      location: file,
      dispose: async () => {
        await handle.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `bench_${randomBytes(5).toString('hex')}`;
  const admin = openPostgres(pgUrl, { max: 1 });
  await sql`create schema ${sql.id(schema)}`.execute(admin.db);
  await admin.close();
  // The server's default pool size (10); the app and the raw queries share it.
  const handle = openPostgres(pgUrl, { schema });
  const pool = createPostgresPool(pgUrl, { schema, max: 1 });
  return {
    handle,
    dialect,
    location: schema,
    pool,
    dispose: async () => {
      await pool.end().catch(() => undefined);
      await handle.close().catch(() => undefined);
      const cleanup = openPostgres(pgUrl, { max: 1 });
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(cleanup.db);
      await cleanup.close();
    },
  };
}
