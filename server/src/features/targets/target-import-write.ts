import { sql } from 'kysely';
import { DecimalRangeError } from '@hongtu/domain';
import type { DialectName } from '../../db/connection';
import type { Executor } from '../../db/database';
import type { BatchTarget } from './target-import-batch';

/** A row the commit writes: the batch's row, its indicator's id, and the version it gets. */
export interface TargetWrite {
  target: BatchTarget;
  indicatorId: number;
}

const INT64_MAX = 2n ** 63n - 1n;

/** Rows per statement: a 10,000-row chunk is about 1 MB of JSON. */
const CHUNK = 10_000;

const COLUMNS = sql`year, organisation_id, indicator_id, amount_target, amount_comparator, growth_target, growth_comparator, no_target, schedule_json, source, source_ref, source_quote, version, updated_at`;

/**
 * An update only of the version the dry run saw: a target written by someone else in between
 * is skipped, and the caller, counting the rows written, refuses the whole batch.
 */
const UPSERT = sql`on conflict (year, organisation_id, indicator_id) do update set
  amount_target = excluded.amount_target, amount_comparator = excluded.amount_comparator,
  growth_target = excluded.growth_target, growth_comparator = excluded.growth_comparator,
  no_target = excluded.no_target, schedule_json = excluded.schedule_json, source = excluded.source,
  source_ref = excluded.source_ref, source_quote = excluded.source_quote, version = excluded.version,
  updated_at = excluded.updated_at
  where targets.version = excluded.version - 1`;

/** Each distinct text as a JSON string literal, escaped once (schedules and sheet names repeat on every row). */
function jsonStrings() {
  const seen = new Map<string, string>();
  return (v: string | null): string => {
    if (v === null) return 'null';
    let literal = seen.get(v);
    if (literal === undefined) seen.set(v, (literal = JSON.stringify(v)));
    return literal;
  };
}

/**
 * The rows as one JSON array of arrays: year, organisation, indicator, amount, its comparator,
 * growth, its comparator, no target (0/1), schedule, sheet, row number, new version. Scaled
 * values are JSON integers written from the bigint, exact on both databases.
 */
function rowsJson(rows: TargetWrite[]): string {
  const text = jsonStrings();
  const int = (v: bigint | null) => (v === null ? 'null' : v.toString());
  const parts: string[] = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const { target: t, indicatorId } = rows[i]!;
    parts[i] = `[${t.year},${t.organisationId},${indicatorId},${int(t.amount)},${text(t.amountComparator)},${int(t.growth)},${text(t.growthComparator)},`
      + `${t.noTarget ? 1 : 0},${text(t.scheduleJson)},${text(t.sheet)},${t.row},${t.version + 1}]`;
  }
  return `[${parts.join(',')}]`;
}

/** SQLite: json_each over the rows; ->> gives each field its SQL type. */
const sqliteStatement = (json: string, fileName: string, now: string) => sql`insert into targets (${COLUMNS})
    select value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7, value ->> 8,
      'imported', ${fileName}, (value ->> 9) || '!' || (value ->> 10), value ->> 11, ${now}
    from json_each(${json}) where true
    ${UPSERT}`;

/** PostgreSQL: jsonb_array_elements over the rows, each field cast to its column's type. */
const postgresStatement = (json: string, fileName: string, now: string) => sql`insert into targets (${COLUMNS})
    select (value ->> 0)::int, (value ->> 1)::int, (value ->> 2)::int, (value ->> 3)::bigint, value ->> 4, (value ->> 5)::bigint, value ->> 6,
      (value ->> 7)::int, value ->> 8, 'imported', ${fileName}, (value ->> 9) || '!' || (value ->> 10), (value ->> 11)::int, ${now}
    from jsonb_array_elements(${json}::jsonb)
    ${UPSERT}`;

/**
 * Writes the changed targets of a batch (source 'imported', the file as source_ref, "Sheet!row"
 * as source_quote), each at the version after the one the dry run saw, in a few statements:
 * INSERT … SELECT from the rows as one JSON parameter, ON CONFLICT DO UPDATE guarded by the version.
 * Answers how many rows were written.
 */
export async function writeTargets(trx: Executor, dialect: DialectName, rows: TargetWrite[], fileName: string, now: string): Promise<number> {
  // A value beyond a signed 64-bit column fails the commit here, the same on both databases.
  for (const { target } of rows) for (const v of [target.amount, target.growth]) if (v !== null && (v > INT64_MAX || v < -INT64_MAX - 1n)) throw new DecimalRangeError('out_of_range', v.toString());
  let written = 0;
  for (let at = 0; at < rows.length; at += CHUNK) {
    const chunk = rows.slice(at, at + CHUNK);
    const json = rowsJson(chunk);
    const statement = dialect === 'sqlite' ? sqliteStatement(json, fileName, now) : postgresStatement(json, fileName, now);
    const result = await statement.execute(trx);
    written += Number(result.numAffectedRows ?? 0n);
  }
  return written;
}

/**
 * How many of these rows are no longer at the version the dry run saw (0 for a target there
 * was none of): one statement joining the rows, as one JSON parameter, with the stored targets.
 */
export async function staleTargets(trx: Executor, dialect: DialectName, rows: { target: BatchTarget; indicatorId: number }[]): Promise<number> {
  let stale = 0;
  for (let at = 0; at < rows.length; at += CHUNK) {
    const json = `[${rows.slice(at, at + CHUNK).map(({ target: t, indicatorId }) => `[${t.year},${t.organisationId},${indicatorId},${t.version}]`).join(',')}]`;
    const query = dialect === 'sqlite'
      ? sql<{ stale: number }>`select count(*) as stale from json_each(${json}) as u
          left join targets t on t.year = u.value ->> 0 and t.organisation_id = u.value ->> 1 and t.indicator_id = u.value ->> 2
          where coalesce(t.version, 0) <> u.value ->> 3`
      : sql<{ stale: number }>`select count(*)::int as stale from jsonb_array_elements(${json}::jsonb) as u(value)
          left join targets t on t.year = (u.value ->> 0)::int and t.organisation_id = (u.value ->> 1)::int and t.indicator_id = (u.value ->> 2)::int
          where coalesce(t.version, 0) <> (u.value ->> 3)::int`;
    stale += Number((await query.execute(trx)).rows[0]?.stale ?? 0);
  }
  return stale;
}
