import { sql, type RawBuilder } from 'kysely';

/** `%`, `_` and the escape character itself, taken literally in a LIKE pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * `lower(column) LIKE '%text%'` with the user's text taken literally (a filter of "%" finds a
 * percent sign, not every row), case-insensitive on both databases (SQLite's LIKE ignores ASCII
 * case, PostgreSQL's does not: both sides are lower-cased).
 */
export function containsText(column: string, text: string): RawBuilder<boolean> {
  return sql<boolean>`lower(${sql.ref(column)}) like ${`%${escapeLike(text.toLowerCase())}%`} escape '\\'`;
}
