import { sql, type Expression, type SqlBool } from 'kysely';
import type { DialectName } from '../../db/connection';
import { escapeLike } from '../../db/like';

// A part of a name, found through the name's indexes (enterprise-name-search.migrations.ts)
// instead of reading every name; the result is the one `name LIKE '%part%'` (ILIKE on
// PostgreSQL) gives, the part's % and _ taken as typed.

/** The highest code point: every pair starting with c sorts after c and before c + this (code-point order). */
const LAST = '\u{10FFFF}';

/** The FTS5 phrase for a text: the text in double quotes (its own double quotes doubled). */
export function ftsPhrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The pairs that cover a text of two characters or more: those at its even places, and its last
 * two characters when its length is odd (a name holds the text only if it holds every one of them).
 */
export function coveringPairs(chars: readonly string[]): string[] {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i += 2) pairs.add(chars[i]! + chars[i + 1]!);
  if (chars.length % 2 === 1) pairs.add(chars[chars.length - 2]! + chars[chars.length - 1]!);
  return [...pairs];
}

/**
 * PostgreSQL, three characters or more: the names holding every covering pair, each then checked
 * for the text itself. The check is kept from the planner's reach: behind a fence (offset 0) and on
 * the name read by its key, so that it is made on the candidates only. ILIKE on the name column
 * let the planner guess the text rare and cheap to test and read every name with it (~1 µs a name
 * over Chinese text, 0.2 s for 200,000); a text every name holds then made a nested loop of the
 * guess. `strpos` over the lower-cased name is what this database's ILIKE does for a pattern
 * without wildcards (it lower-cases both sides), and the planner reads it as a third of the rows.
 */
function postgresNameHolds(chars: readonly string[], text: string): Expression<SqlBool> {
  const [first, ...rest] = coveringPairs(chars);
  const joins = rest.map((pair, i) => {
    const q = sql.id(`q${i}`);
    return sql`join enterprise_name_pairs ${q} on ${q}.enterprise_id = p.enterprise_id and ${q}.pair = lower(${pair})`;
  });
  return sql<SqlBool>`e.id in (select c.id from (
      select p.enterprise_id as id from enterprise_name_pairs p ${sql.join(joins, sql` `)} where p.pair = lower(${first}) offset 0
    ) c where strpos(lower((select n.name from enterprises n where n.id = c.id)), lower(${text})) > 0)`;
}

/** SQLite: `e.name` holds the text as LIKE compares (Latin letters in any case), its % and _ as typed. */
export function sqliteNameLike(text: string): Expression<SqlBool> {
  return sql<SqlBool>`e.name like ${`%${escapeLike(text)}%`} escape '\\'`;
}

/**
 * `e.name` contains the text (case folded as the database's LIKE / ILIKE folds it). One character:
 * the pairs starting with it (the last character of a name is a pair of its own); two: that pair;
 * more: on SQLite the trigram index, each candidate then checked against the text itself; on
 * PostgreSQL the names holding the text's covering pairs, each then checked.
 */
export function nameContains(dialect: DialectName, text: string): Expression<SqlBool> {
  const chars = [...text];
  const pairs = (where: Expression<SqlBool>) => sql<SqlBool>`e.id in (select p.enterprise_id from enterprise_name_pairs p where ${where})`;
  if (chars.length === 1) return pairs(sql<SqlBool>`p.pair >= lower(${text}) and p.pair <= lower(${text}) || ${LAST}`);
  if (chars.length === 2) return pairs(sql<SqlBool>`p.pair = lower(${text})`);
  if (dialect === 'postgres') return postgresNameHolds(chars, text);
  return sql<SqlBool>`(e.id in (select rowid from enterprises_name_fts where enterprises_name_fts match ${ftsPhrase(text)}) and ${sqliteNameLike(text)})`;
}
