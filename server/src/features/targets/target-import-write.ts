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
  const comparator = { ge: '"ge"', le: '"le"' } as const;
  const parts: string[] = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const { target: t, indicatorId } = rows[i]!;
    parts[i] = `[${t.year},${t.organisationId},${indicatorId},${t.amount === null ? 'null' : t.amount},${t.amountComparator === null ? 'null' : comparator[t.amountComparator]},`
      + `${t.growth === null ? 'null' : t.growth},${t.growthComparator === null ? 'null' : comparator[t.growthComparator]},${t.noTarget ? 1 : 0},`
      + `${text(t.scheduleJson)},${text(t.sheet)},${t.row},${t.version + 1}]`;
  }
  return `[${parts.join(',')}]`;
}

/**
 * The rows as PostgreSQL array literals, one per column ('{2025,2026}', '{"ge",NULL}'), for
 * unnest: parsed by the server's array_in, not built element by element by the driver.
 */
function postgresColumns(rows: TargetWrite[]) {
  const quoted = new Map<string, string>();
  const text = (v: string | null) => {
    if (v === null) return 'NULL';
    let literal = quoted.get(v);
    if (literal === undefined) quoted.set(v, (literal = `"${v.replace(/[\\"]/g, '\\$&')}"`));
    return literal;
  };
  const int = (v: bigint | null) => (v === null ? 'NULL' : v.toString());
  const column = (value: (w: TargetWrite) => string | number) => {
    const parts = new Array<string | number>(rows.length);
    for (let i = 0; i < rows.length; i++) parts[i] = value(rows[i]!);
    return `{${parts.join(',')}}`;
  };
  const year = column((w) => w.target.year);
  const organisation = column((w) => w.target.organisationId);
  const indicator = column((w) => w.indicatorId);
  const amount = column((w) => int(w.target.amount));
  const amountComparator = column((w) => text(w.target.amountComparator));
  const growth = column((w) => int(w.target.growth));
  const growthComparator = column((w) => text(w.target.growthComparator));
  const noTarget = column((w) => (w.target.noTarget ? 1 : 0));
  const schedule = column((w) => text(w.target.scheduleJson));
  const sheet = column((w) => text(w.target.sheet));
  const line = column((w) => w.target.row);
  const version = column((w) => w.target.version + 1);
  return sql`unnest(${year}::int[], ${organisation}::int[], ${indicator}::int[], ${amount}::bigint[], ${amountComparator}::text[], ${growth}::bigint[],
    ${growthComparator}::text[], ${noTarget}::int[], ${schedule}::text[], ${sheet}::text[], ${line}::int[], ${version}::int[])
    as u(year, organisation_id, indicator_id, amount, amount_comparator, growth, growth_comparator, no_target, schedule, sheet, line, version)`;
}

/**
 * The statements. SQLite reads the rows as one JSON parameter (rowsJson) with json_each, whose
 * ->> gives each field its SQL type; PostgreSQL as one array per column (postgresColumns) with
 * unnest. An update touches a target only at the version the dry run saw, an insert only where
 * there is still none: a target written by someone else in between is skipped, and the caller,
 * counting the rows written, refuses the whole batch.
 */
const STATEMENTS = {
  sqlite: {
    insert: (rows: TargetWrite[], fileName: string, now: string) => sql`insert into targets (${COLUMNS})
      select value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7, value ->> 8,
        'imported', ${fileName}, (value ->> 9) || '!' || (value ->> 10), value ->> 11, ${now}
      from json_each(${rowsJson(rows)}) where true
      on conflict (year, organisation_id, indicator_id) do nothing`,
    update: (rows: TargetWrite[], fileName: string, now: string) => sql`update targets set
        amount_target = u.value ->> 3, amount_comparator = u.value ->> 4, growth_target = u.value ->> 5, growth_comparator = u.value ->> 6,
        no_target = u.value ->> 7, schedule_json = u.value ->> 8, source = 'imported', source_ref = ${fileName},
        source_quote = (u.value ->> 9) || '!' || (u.value ->> 10), version = u.value ->> 11, updated_at = ${now}
      from json_each(${rowsJson(rows)}) as u
      where targets.year = u.value ->> 0 and targets.organisation_id = u.value ->> 1 and targets.indicator_id = u.value ->> 2
        and targets.version = (u.value ->> 11) - 1`,
  },
  postgres: {
    insert: (rows: TargetWrite[], fileName: string, now: string) => sql`insert into targets (${COLUMNS})
      select u.year, u.organisation_id, u.indicator_id, u.amount, u.amount_comparator, u.growth, u.growth_comparator, u.no_target, u.schedule,
        'imported', ${fileName}, u.sheet || '!' || u.line, u.version, ${now}
      from ${postgresColumns(rows)}
      on conflict (year, organisation_id, indicator_id) do nothing`,
    update: (rows: TargetWrite[], fileName: string, now: string) => sql`update targets as t set
        amount_target = u.amount, amount_comparator = u.amount_comparator, growth_target = u.growth, growth_comparator = u.growth_comparator,
        no_target = u.no_target, schedule_json = u.schedule, source = 'imported', source_ref = ${fileName},
        source_quote = u.sheet || '!' || u.line, version = u.version, updated_at = ${now}
      from ${postgresColumns(rows)}
      where t.year = u.year and t.organisation_id = u.organisation_id and t.indicator_id = u.indicator_id and t.version = u.version - 1`,
  },
} as const;

/**
 * Writes the changed targets of a batch (source 'imported', the file as source_ref, "Sheet!row"
 * as source_quote), each at the version after the one the dry run saw, in a few statements:
 * an UPDATE … FROM the rows that replace a target and an INSERT … SELECT of the others
 * (STATEMENTS). Answers how many rows were written.
 */
export async function writeTargets(trx: Executor, dialect: DialectName, rows: TargetWrite[], fileName: string, now: string): Promise<number> {
  // A value beyond a signed 64-bit column fails the commit here, the same on both databases.
  for (const { target } of rows) for (const v of [target.amount, target.growth]) if (v !== null && (v > INT64_MAX || v < -INT64_MAX - 1n)) throw new DecimalRangeError('out_of_range', v.toString());
  const statements = STATEMENTS[dialect];
  let written = 0;
  for (const [kind, part] of [['update', rows.filter((w) => w.target.version > 0)], ['insert', rows.filter((w) => w.target.version === 0)]] as const) {
    for (let at = 0; at < part.length; at += CHUNK) {
      const result = await statements[kind](part.slice(at, at + CHUNK), fileName, now).execute(trx);
      written += Number(result.numAffectedRows ?? 0n);
    }
  }
  return written;
}

/**
 * How many of these rows are no longer at the version the dry run saw (0 for a target there
 * was none of): one statement joining the rows (as the writes pass them) with the stored targets.
 */
export async function staleTargets(trx: Executor, dialect: DialectName, rows: TargetWrite[]): Promise<number> {
  let stale = 0;
  for (let at = 0; at < rows.length; at += CHUNK) {
    const chunk = rows.slice(at, at + CHUNK);
    const query = dialect === 'sqlite'
      ? sql<{ stale: number }>`select count(*) as stale from json_each(${rowsJson(chunk)}) as u
          left join targets t on t.year = u.value ->> 0 and t.organisation_id = u.value ->> 1 and t.indicator_id = u.value ->> 2
          where coalesce(t.version, 0) <> (u.value ->> 11) - 1`
      : sql<{ stale: number }>`select count(*)::int as stale from ${postgresColumns(chunk)}
          left join targets t on t.year = u.year and t.organisation_id = u.organisation_id and t.indicator_id = u.indicator_id
          where coalesce(t.version, 0) <> u.version - 1`;
    stale += Number((await query.execute(trx)).rows[0]?.stale ?? 0);
  }
  return stale;
}
