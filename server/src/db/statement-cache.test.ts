import { describe, expect, it } from 'vitest';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { withStatementCache } from './statement-cache';

describe('withStatementCache', () => {
  it('prepares a text once, keeps at most `limit`, dropping the least recently used', () => {
    const connection = new SqliteDatabase(':memory:');
    const cache = withStatementCache(connection, 2);
    const a = cache.prepare('select 1');
    expect(cache.prepare('select 1')).toBe(a);
    cache.prepare('select 2');
    cache.prepare('select 1'); // now the most recent
    cache.prepare('select 3'); // drops 'select 2'
    expect(cache.size).toBe(2);
    expect(cache.prepare('select 1')).toBe(a);
    connection.close();
  });

  it('answers correctly through Kysely after the table it reads changes shape', async () => {
    const connection = new SqliteDatabase(':memory:');
    const db = new Kysely<Record<string, Record<string, unknown>>>({ dialect: new SqliteDialect({ database: withStatementCache(connection) }) });
    await sql`create table t (a integer)`.execute(db);
    await sql`insert into t (a) values (${1}), (${2})`.execute(db);
    expect((await sql<{ a: number }>`select * from t order by a`.execute(db)).rows).toEqual([{ a: 1 }, { a: 2 }]);
    await sql`alter table t add column b text default 'x'`.execute(db);
    expect((await sql<{ a: number; b: string }>`select * from t order by a`.execute(db)).rows).toEqual([{ a: 1, b: 'x' }, { a: 2, b: 'x' }]);
    await db.destroy();
  });
});
