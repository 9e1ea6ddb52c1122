import type SqliteDatabase from 'better-sqlite3';
import type pg from 'pg';
import type { BenchDatabase } from './database';

/** PostgreSQL array element types for unnest(). */
export type PgType = 'int4' | 'int8' | 'text';

export interface TableSpec {
  table: string;
  columns: ReadonlyArray<readonly [name: string, type: PgType]>;
}

export type Row = ReadonlyArray<string | number | bigint | null>;

/**
 * Fast loading straight through the drivers, inside one transaction:
 * SQLite — prepared multi-row INSERT statements (up to 32 766 bound values
 * each) on better-sqlite3; PostgreSQL — INSERT … SELECT FROM unnest($1::…[],
 * …) with one array per column, 20 000 rows a statement (COPY-like: one
 * round trip, no per-row parse).
 */
export interface BulkWriter {
  insert(spec: TableSpec, rows: readonly Row[]): Promise<void>;
  /** Runs `fn` in one transaction on the writer's connection. */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  /** Raw statement without result (DDL, ANALYZE, setval). */
  exec(statement: string): Promise<void>;
  release(): Promise<void>;
}

const SQLITE_MAX_VARIABLES = 32_766;
const PG_ROWS_PER_STATEMENT = 20_000;

function sqliteWriter(connection: SqliteDatabase.Database): BulkWriter {
  const statements = new Map<string, SqliteDatabase.Statement>();
  const statementFor = (spec: TableSpec, rows: number) => {
    const key = `${spec.table}:${rows}`;
    let statement = statements.get(key);
    if (!statement) {
      const tuple = `(${spec.columns.map(() => '?').join(',')})`;
      statement = connection.prepare(
        `insert into ${spec.table} (${spec.columns.map(([c]) => c).join(',')}) values ${Array.from({ length: rows }, () => tuple).join(',')}`,
      );
      statements.set(key, statement);
    }
    return statement;
  };
  return {
    async insert(spec, rows) {
      const perStatement = Math.max(1, Math.floor(SQLITE_MAX_VARIABLES / spec.columns.length));
      for (let i = 0; i < rows.length; i += perStatement) {
        const chunk = rows.slice(i, i + perStatement);
        statementFor(spec, chunk.length).run(chunk.flat());
      }
    },
    async transaction(fn) {
      connection.exec('begin immediate');
      try {
        const result = await fn();
        connection.exec('commit');
        return result;
      } catch (error) {
        if (connection.inTransaction) connection.exec('rollback');
        throw error;
      }
    },
    async exec(statement) {
      connection.exec(statement);
    },
    async release() {
      statements.clear();
    },
  };
}

async function postgresWriter(pool: pg.Pool): Promise<BulkWriter> {
  const client = await pool.connect();
  return {
    async insert(spec, rows) {
      const names = spec.columns.map(([c]) => c).join(',');
      const arrays = spec.columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(',');
      const text = `insert into ${spec.table} (${names}) select * from unnest(${arrays})`;
      for (let i = 0; i < rows.length; i += PG_ROWS_PER_STATEMENT) {
        const chunk = rows.slice(i, i + PG_ROWS_PER_STATEMENT);
        const columns = spec.columns.map((_, c) => chunk.map((row) => {
          const v = row[c];
          return typeof v === 'bigint' ? v.toString() : v;
        }));
        await client.query(text, columns);
      }
    },
    async transaction(fn) {
      await client.query('begin');
      try {
        const result = await fn();
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      }
    },
    async exec(statement) {
      await client.query(statement);
    },
    async release() {
      client.release();
    },
  };
}

export async function openBulkWriter(database: BenchDatabase): Promise<BulkWriter> {
  if (database.dialect === 'sqlite') {
    if (!database.handle.sqlite) throw new Error('SQLite handle without its connection');
    return sqliteWriter(database.handle.sqlite);
  }
  if (!database.pool) throw new Error('PostgreSQL bench database without its bulk pool');
  return postgresWriter(database.pool);
}

// Column lists of the tables the generator and the raw-insert baseline write (migrations 0001/0002).
export const ORGANISATIONS: TableSpec = {
  table: 'organisations',
  columns: [['id', 'int4'], ['code', 'text'], ['name', 'text'], ['kind', 'text'], ['parent_id', 'int4'], ['path', 'text'], ['division_code', 'text'], ['created_at', 'text'], ['updated_at', 'text']],
};
export const GROUPS: TableSpec = {
  table: 'organisation_groups',
  columns: [['id', 'int4'], ['code', 'text'], ['name', 'text'], ['created_at', 'text']],
};
export const GROUP_MEMBERS: TableSpec = {
  table: 'organisation_group_members',
  columns: [['group_id', 'int4'], ['organisation_id', 'int4']],
};
export const PERIODS: TableSpec = {
  table: 'reporting_periods',
  columns: [['id', 'int4'], ['year', 'int4'], ['month', 'int4'], ['deadline', 'text'], ['status', 'text'], ['created_at', 'text']],
};
export const SUBMISSIONS: TableSpec = {
  table: 'submissions',
  columns: [['id', 'int4'], ['period_id', 'int4'], ['organisation_id', 'int4'], ['status', 'text'], ['version', 'int4'], ['late', 'int4'], ['submitted_at', 'text'], ['approved_at', 'text'], ['updated_at', 'text']],
};
export const FIGURES: TableSpec = {
  table: 'figures',
  columns: [['id', 'int4'], ['submission_id', 'int4'], ['indicator_id', 'int4'], ['ytd_value', 'int8'], ['reported_yoy', 'int8'], ['source', 'text'], ['version', 'int4'], ['updated_by', 'int4'], ['updated_at', 'text']],
};
export const FIGURE_VERSIONS: TableSpec = {
  table: 'figure_versions',
  columns: [['figure_id', 'int4'], ['submission_id', 'int4'], ['version', 'int4'], ['ytd_value', 'int8'], ['reported_yoy', 'int8'], ['source', 'text'], ['changed_by', 'int4'], ['changed_at', 'text'], ['submission_version', 'int4']],
};
export const SUBMISSION_EVENTS: TableSpec = {
  table: 'submission_events',
  columns: [['submission_id', 'int4'], ['action', 'text'], ['from_status', 'text'], ['to_status', 'text'], ['submission_version', 'int4'], ['actor_id', 'int4'], ['at', 'text']],
};
export const TARGETS: TableSpec = {
  table: 'targets',
  columns: [['year', 'int4'], ['organisation_id', 'int4'], ['indicator_id', 'int4'], ['amount_target', 'int8'], ['amount_comparator', 'text'], ['growth_target', 'int8'], ['growth_comparator', 'text'], ['no_target', 'int4'], ['source', 'text'], ['updated_at', 'text']],
};
export const RESPONSIBILITIES: TableSpec = {
  table: 'indicator_responsibilities',
  columns: [['year', 'int4'], ['organisation_id', 'int4'], ['indicator_id', 'int4'], ['leader', 'text'], ['department', 'text'], ['task_force', 'text'], ['measures', 'text'], ['updated_at', 'text']],
};

/** Tables whose ids the generator assigns itself; PostgreSQL identities must then move past them. */
export const EXPLICIT_ID_TABLES = ['organisations', 'reporting_periods', 'submissions', 'figures'] as const;

export async function resyncIdentities(writer: BulkWriter, database: BenchDatabase, tables: readonly string[] = EXPLICIT_ID_TABLES): Promise<void> {
  if (database.dialect !== 'postgres') return; // SQLite AUTOINCREMENT follows explicit ids by itself.
  for (const table of tables) {
    await writer.exec(`select setval(pg_get_serial_sequence('${table}', 'id'), coalesce((select max(id) from ${table}), 0) + 1, false)`);
  }
}

/** Next free id of a table (the generator and the baseline number their own rows). */
export async function nextId(database: BenchDatabase, table: 'organisations' | 'reporting_periods' | 'submissions' | 'figures'): Promise<number> {
  const row = await database.handle.db.selectFrom(table).select((eb) => eb.fn.max('id').as('max')).executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}
