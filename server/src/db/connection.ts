import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDialectConfig,
} from 'kysely';
import pg from 'pg';
import type { Database } from './database';
import { withStatementCache } from './statement-cache';

export type DialectName = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  /** SQLite only: the underlying connection, for online backup and pragmas. */
  sqlite?: SqliteDatabase.Database;
  close(): Promise<void>;
}

/**
 * Writes on SQLite take the write lock at BEGIN (BEGIN IMMEDIATE), so two
 * processes never deadlock half-way through a transaction.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class HongtuSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

export function openSqliteConnection(file: string): SqliteDatabase.Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const connection = new SqliteDatabase(file);
  connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = FULL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('busy_timeout = 5000');
  return connection;
}

export function openSqlite(file: string): DatabaseHandle {
  const connection = openSqliteConnection(file);
  const db = new Kysely<Database>({ dialect: new HongtuSqliteDialect({ database: withStatementCache(connection) }) });
  return { db, dialect: 'sqlite', sqlite: connection, close: () => db.destroy() };
}

export interface PostgresOptions {
  /** Tests run each file in its own schema. */
  schema?: string;
  max?: number;
}

export function createPostgresPool(url: string, options: PostgresOptions = {}): pg.Pool {
  return new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
}

export function openPostgres(url: string, options: PostgresOptions = {}): DatabaseHandle {
  const pool = createPostgresPool(url, options);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}

/** `DATABASE_URL=postgres://…` selects PostgreSQL; otherwise the SQLite file. */
export function openDatabase(config: { databaseUrl?: string; sqliteFile: string }): DatabaseHandle {
  if (config.databaseUrl && /^postgres(ql)?:\/\//.test(config.databaseUrl)) {
    return openPostgres(config.databaseUrl);
  }
  return openSqlite(config.sqliteFile);
}
