import type {} from './global-setup';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { describe, inject } from 'vitest';
import { openPostgres, openSqlite, type DatabaseHandle, type DialectName } from '../db/connection';
import { migrateToLatest } from '../db/migrate';

/** Every repository and route test runs on each of these. */
export const DIALECTS: DialectName[] = ['sqlite', 'postgres'];

/**
 * Where the PostgreSQL tests connect: the test runner exports
 * HONGTU_TEST_PG_URL (local server or a throwaway cluster). Run directly,
 * vitest falls back to the local server.
 */
export const PG_URL = process.env.HONGTU_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase extends DatabaseHandle {
  /** For PostgreSQL: the schema this test file owns; for SQLite: the file. */
  location: string;
  /** Drops what the test created (schema or file) and closes the pool. */
  dispose(): Promise<void>;
}

/** A fresh, migrated database of the given dialect, isolated from other test files. */
export async function createTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hongtu-test-'));
    const file = path.join(dir, 'test.sqlite');
    const handle = openSqlite(file);
    await migrateToLatest(handle.db);
    return {
      ...handle,
      location: file,
      dispose: async () => {
        await handle.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = openPostgres(PG_URL, { max: 1 });
  await sql`create schema ${sql.id(schema)}`.execute(admin.db);
  await admin.close();
  const handle = openPostgres(PG_URL, { schema, max: 5 });
  await migrateToLatest(handle.db);
  return {
    ...handle,
    location: schema,
    dispose: async () => {
      await handle.close();
      const cleanup = openPostgres(PG_URL, { max: 1 });
      await sql`drop schema ${sql.id(schema)} cascade`.execute(cleanup.db);
      await cleanup.close();
    },
  };
}

/**
 * describe() once per dialect. PostgreSQL is required under CI=true; a
 * developer without a server sees those suites skipped with the reason.
 */
export function describeEachDialect(name: string, body: (dialect: DialectName) => void): void {
  for (const dialect of DIALECTS) {
    // Skipped only when no PostgreSQL is reachable outside CI (global-setup.ts fails the run under CI).
    const unavailable = dialect === 'postgres' && !inject('postgresAvailable');
    describe.skipIf(unavailable)(`${name} [${dialect}]`, () => body(dialect));
  }
}
