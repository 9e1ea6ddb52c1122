import { sql, type Expression, type SqlBool } from 'kysely';
import type { DialectName } from '../../db/connection';
import { escapeLike } from '../../db/like';

// A part of a name, found through the name's indexes (enterprise-name-search.migrations.ts)
// instead of reading every name; the result is the one `name LIKE '%part%'` (ILIKE on
// PostgreSQL) gives, the part's % and _ taken as typed.

/** The highest code point: every pair starting with c sorts after c and before c + this (code-point order). */
const LAST = '\u{10FFFF}';

/** The FTS5 phrase for a text: the text in double quotes (its own double quotes doubled). */
function ftsPhrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * `e.name` contains the text (case folded as the database's LIKE / ILIKE folds it). One character:
 * the pairs starting with it (the last character of a name is a pair of its own); two: that pair;
 * more: on SQLite the trigram index, each candidate then checked against the text itself; on
 * PostgreSQL the text against every name.
 */
export function nameContains(dialect: DialectName, text: string): Expression<SqlBool> {
  const chars = [...text];
  const pairs = (where: Expression<SqlBool>) => sql<SqlBool>`e.id in (select p.enterprise_id from enterprise_name_pairs p where ${where})`;
  if (chars.length === 1) return pairs(sql<SqlBool>`p.pair >= lower(${text}) and p.pair <= lower(${text}) || ${LAST}`);
  if (chars.length === 2) return pairs(sql<SqlBool>`p.pair = lower(${text})`);
  const like = sql<SqlBool>`e.name ${dialect === 'postgres' ? sql`ilike` : sql`like`} ${`%${escapeLike(text)}%`} escape '\\'`;
  if (dialect === 'postgres') {
    // Every name read, as before: the names holding all the text's pairs were measured slower on a
    // freshly loaded table (the planner guessed the text rare and read every name anyway, 0.25 s for
    // 200,000; as an array of candidates first, 1 s for a text every name holds); pg_trgm is the
    // index for it, once its extension is carried where the schema goes (backups are of the schema).
    return like;
  }
  return sql<SqlBool>`(e.id in (select rowid from enterprises_name_fts where enterprises_name_fts match ${ftsPhrase(text)}) and ${like})`;
}
