import type SqliteDatabase from 'better-sqlite3';
import type { SqliteDialectConfig } from 'kysely';

type DialectDatabase = Exclude<SqliteDialectConfig['database'], () => unknown>;

/**
 * The SQLite connection as Kysely's dialect sees it, with its prepared statements kept by their SQL
 * text: Kysely prepares every query afresh, which a profile of the deadline scenario showed as 6 % of
 * the server's time. The same text always means the same statement, and Kysely runs one query at a
 * time per connection, so a kept statement is never in use twice. SQLite re-prepares a kept
 * statement by itself after a schema change. Bounded: the least recently used is dropped past `limit`.
 */
export function withStatementCache(connection: SqliteDatabase.Database, limit = 500): DialectDatabase & { readonly size: number } {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => connection.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (statement) {
        statements.delete(sql); // re-inserted below: the Map's order is the recency
      } else {
        statement = connection.prepare(sql);
        if (statements.size >= limit) statements.delete(statements.keys().next().value!);
      }
      statements.set(sql, statement);
      return statement;
    },
    get size() {
      return statements.size;
    },
  };
}
