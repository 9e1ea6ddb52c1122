// "A refused request changes nothing": a snapshot of every table of the database, to compare
// before and after a request. The table list is typed against `Database`, so a new table that is
// not listed here does not compile; db-snapshot.test.ts also compares it with the tables the
// migrated database really has, on both dialects.
import { sql, type Kysely } from 'kysely';
import type { AuditResult } from '@hongtu/contracts';
import type { Database } from '../db/database';

type Columns<T extends keyof Database> = keyof Database[T] & string;

interface TableRule<T extends keyof Database> {
  /** The primary key: orders the rows so that two snapshots of the same data are equal. */
  key: readonly [Columns<T>, ...Columns<T>[]];
  /** Columns a refused request may legitimately change, each with the reason. */
  mayChange?: Partial<Record<Columns<T>, string>>;
  /** Rows a refused request adds, left out of the snapshot: those whose column holds the refusal's kind. */
  refusalRows?: { column: Columns<T>; reason: string };
}

/** Every table, and what (if anything) a refused request may touch in it. */
export const SNAPSHOT_TABLES: { readonly [T in keyof Database]: TableRule<T> } = {
  organisations: { key: ['id'] },
  organisation_groups: { key: ['id'] },
  organisation_group_members: { key: ['group_id', 'organisation_id'] },
  users: { key: ['id'] },
  login_attempts: { key: ['username'] },
  sessions: {
    key: ['id'],
    mayChange: { last_seen_at: 'the session lookup of any signed-in request refreshes it' },
  },
  audit_log: {
    key: ['id'],
    refusalRows: { column: 'result', reason: 'the refusal itself is audited (the caller counts those rows)' },
  },
  indicators: { key: ['id'] },
  indicator_responsibilities: { key: ['id'] },
  targets: { key: ['id'] },
  reporting_periods: { key: ['id'] },
  submissions: { key: ['id'] },
  figures: { key: ['id'] },
  figure_versions: { key: ['id'] },
  submission_events: { key: ['id'] },
  warning_rules: { key: ['id'] },
  imports: { key: ['id'] },
  import_batches: { key: ['id'] },
  target_import_batches: { key: ['id'] },
  q1_weekly_figures: { key: ['id'] },
};

export const SNAPSHOT_TABLE_NAMES = Object.keys(SNAPSHOT_TABLES).sort() as (keyof Database)[];

/** Kysely's own bookkeeping, not application data. */
const INTERNAL_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);

/** The application tables the connected database really has (current schema on PostgreSQL). */
export async function listDatabaseTables(db: Kysely<Database>, dialect: 'sqlite' | 'postgres'): Promise<string[]> {
  const { rows } = dialect === 'sqlite'
    ? await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db)
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

async function tableRows(db: Kysely<Database>, table: keyof Database, refusal: Refusal): Promise<Record<string, unknown>[]> {
  // The table varies at run time: read its rule and query it through untyped views.
  const rule = SNAPSHOT_TABLES[table] as { key: readonly string[]; mayChange?: object; refusalRows?: { column: string } };
  const untyped = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  let query = untyped.selectFrom(table as string).selectAll();
  if (rule.refusalRows) query = query.where(rule.refusalRows.column, '<>', refusal);
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
export async function snapshotDatabase(db: Kysely<Database>, refusal: Refusal = 'denied'): Promise<string> {
  const tables = await Promise.all(SNAPSHOT_TABLE_NAMES.map(async (name) => [name, await tableRows(db, name, refusal)] as const));
  return JSON.stringify(Object.fromEntries(tables), (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}
