// "A refused request changes nothing": a snapshot of every table of the database, to compare
// before and after a request. Each feature's manifest lists the tables it owns with their rules;
// platform/features/registry.ts fails to compile when a table of `Database` is owned by none, and
// db-snapshot.test.ts compares the list with the tables the migrated database really has.
import { sql, type Kysely } from 'kysely';
import type { AuditResult } from '@hongtu/contracts';
import type { Database } from '../db/database';
import { tableRules } from '../platform/features/registry';

/** Every table, and what (if anything) a refused request may touch in it: from the features that own them. */
export const SNAPSHOT_TABLES = tableRules();

export const SNAPSHOT_TABLE_NAMES = Object.keys(SNAPSHOT_TABLES).sort() as (keyof Database)[];

/** Kysely's own bookkeeping, not application data. */
const INTERNAL_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);

/** The application tables the connected database really has (current schema on PostgreSQL). */
export async function listDatabaseTables(db: Kysely<Database>, dialect: 'sqlite' | 'postgres'): Promise<string[]> {
  const { rows } = dialect === 'sqlite'
    // A full-text index (FTS5 virtual table, documents_fts) and its shadow tables are derived data, kept with their content table.
    ? await sql<{ name: string }>`select name from sqlite_master m where type = 'table' and name not like 'sqlite_%'
        and coalesce(sql, '') not like 'CREATE VIRTUAL TABLE%'
        and not exists (select 1 from sqlite_master v where v.type = 'table' and coalesce(v.sql, '') like 'CREATE VIRTUAL TABLE%' and substr(m.name, 1, length(v.name) + 1) = v.name || '_')`.execute(db)
    : await sql<{ name: string }>`select table_name as name from information_schema.tables
        where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db);
  return rows.map((r) => r.name).filter((name) => !INTERNAL_TABLES.has(name)).sort();
}

/** The columns of one table (to check that the rules above name real columns). */
export async function listColumns(db: Kysely<Database>, dialect: 'sqlite' | 'postgres', table: string): Promise<string[]> {
  const { rows } = dialect === 'sqlite'
    ? await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db)
    : await sql<{ name: string }>`select column_name as name from information_schema.columns
        where table_schema = current_schema() and table_name = ${table}`.execute(db);
  return rows.map((r) => r.name).sort();
}

async function tableRows(db: Kysely<Database>, table: keyof Database, refusal: Refusal | readonly Refusal[]): Promise<Record<string, unknown>[]> {
  // The table varies at run time: read its rule and query it through untyped views.
  const rule = SNAPSHOT_TABLES[table] as { key: readonly string[]; mayChange?: object; refusalRows?: { column: string }; volatile?: string };
  if (rule.volatile) return [];
  const untyped = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  let query = untyped.selectFrom(table as string).selectAll();
  if (rule.refusalRows) query = query.where(rule.refusalRows.column, 'not in', [refusal].flat());
  for (const column of rule.key) query = query.orderBy(column);
  const rows = await query.execute();
  const ignored = Object.keys(rule.mayChange ?? {});
  return ignored.length === 0 ? rows : rows.map((row) => Object.fromEntries(Object.entries(row).filter(([k]) => !ignored.includes(k))));
}

/**
 * How the request under test is refused, as its audit row records it: 'denied' (401 / 403 / 404 out
 * of scope) or 'failed' (a 4xx for bad input). Those audit rows are left out of the snapshot.
 */
export type Refusal = Extract<AuditResult, 'denied' | 'failed'>;

/** Every table's rows as one string: equal strings mean the refused request changed nothing it must not. */
export async function snapshotDatabase(db: Kysely<Database>, refusal: Refusal | readonly Refusal[] = 'denied'): Promise<string> {
  const tables = await Promise.all(SNAPSHOT_TABLE_NAMES.map(async (name) => [name, await tableRows(db, name, refusal)] as const));
  return JSON.stringify(Object.fromEntries(tables), (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}
