import { sql, type Expression, type SqlBool } from 'kysely';
import type { DialectName } from '../../db/connection';
import { escapeLike } from '../../db/like';

// A part of a name, found through the name's indexes (enterprise-name-search.migrations.ts)
// instead of reading every name; the result is the one `name LIKE '%part%'` (ILIKE on
// PostgreSQL) gives, the part's % and _ taken as typed.

/** The highest code point: every pair starting with c sorts after c and before c + this (code-point order). */
const LAST = '\u{10FFFF}';

/** Pairs of a name that holds the text all appear among the name's pairs: the text's pairs side by side, and its last one. */
function pairsOf(chars: readonly string[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < chars.length; i += 2) pairs.push(chars[i]! + chars[i + 1]!);
  if (chars.length % 2 === 1) pairs.push(chars[chars.length - 2]! + chars[chars.length - 1]!);
  // a long text: its first pairs and its last are enough to narrow; the text itself is checked after
  return pairs.length > 6 ? [...pairs.slice(0, 5), pairs[pairs.length - 1]!] : pairs;
}

/** The FTS5 phrase for a text: the text in double quotes (its own double quotes doubled). */
function ftsPhrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * `e.name` contains the text (case folded as the database's LIKE / ILIKE folds it). One character:
 * the pairs starting with it (the last character of a name is a pair of its own); two: that pair;
 * more: SQLite's trigram index, PostgreSQL's names holding every pair of the text, each then
 * checked against the text itself.
 */
export function nameContains(dialect: DialectName, text: string): Expression<SqlBool> {
  const chars = [...text];
  const pairs = (where: Expression<SqlBool>) => sql<SqlBool>`e.id in (select p.enterprise_id from enterprise_name_pairs p where ${where})`;
  if (chars.length === 1) return pairs(sql<SqlBool>`p.pair >= lower(${text}) and p.pair <= lower(${text}) || ${LAST}`);
  if (chars.length === 2) return pairs(sql<SqlBool>`p.pair = lower(${text})`);
  const like = sql<SqlBool>`e.name ${dialect === 'postgres' ? sql`ilike` : sql`like`} ${`%${escapeLike(text)}%`} escape '\\'`;
  if (dialect === 'sqlite') {
    return sql<SqlBool>`(e.id in (select rowid from enterprises_name_fts where enterprises_name_fts match ${ftsPhrase(text)}) and ${like})`;
  }
  const sets = sql.join(pairsOf(chars).map((pair) => sql`select enterprise_id from enterprise_name_pairs where pair = lower(${pair})`), sql` intersect `);
  return sql<SqlBool>`(e.id in (${sets}) and ${like})`;
}
