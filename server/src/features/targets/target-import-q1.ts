import type { Comparator } from '@hongtu/contracts';
import { chunks } from '../../db/chunks';
import type { Executor } from '../../db/database';
import { scaledFromDb, scaledText } from '../../platform/imports/scaled';
import { targetKey } from './target-import-batch';
import { Q1_THROUGH_MONTH, type Q1AmountRow } from './target-import-rows';
import './period-targets.table';

/**
 * Q1 targets stated as amounts in a targets workbook (一季度目标, docs/DOMAIN.md "Period targets"),
 * on their way from the dry run to the commit: stored as period targets through March, exactly as
 * the targets screen stores them, beside the annual targets of the same batch, all or nothing.
 */

/** A stated Q1 target as the import compares and writes it (scaled × 10^6). */
export interface Q1Values {
  amount: bigint;
  comparator: Comparator;
}

/** One Q1 row of a checked batch: what the commit writes, against which stored version, from where. */
export interface Q1BatchRow extends Q1Values {
  year: number;
  organisationId: number;
  indicatorCode: string;
  /** Version of the stored Q1 target at the dry run; 0 when there was none. */
  version: number;
  sheet: string;
  row: number;
  /** Whether writing the row changes the stored Q1 target. */
  changes: boolean;
  /** The stored Q1 target the row replaces (null: none). */
  before: Q1Values | null;
}

export interface StoredQ1 extends Q1Values {
  id: number;
  version: number;
}

/** The stored Q1 targets (through March) of the given organisations and years, by targetKey. */
export async function currentQ1Targets(exec: Executor, years: number[], organisationIds: number[]): Promise<Map<number | string, StoredQ1>> {
  const result = new Map<number | string, StoredQ1>();
  if (years.length === 0 || organisationIds.length === 0) return result;
  for (const ids of chunks(organisationIds)) {
    const rows = await exec.selectFrom('period_targets')
      .select(['id', 'year', 'organisation_id', 'indicator_id', 'amount_target', 'amount_comparator', 'version'])
      .where('through_month', '=', Q1_THROUGH_MONTH).where('year', 'in', years).where('organisation_id', 'in', ids).execute();
    for (const r of rows) {
      result.set(targetKey(r.year, r.organisation_id, r.indicator_id), { id: r.id, amount: scaledFromDb(r.amount_target), comparator: r.amount_comparator, version: r.version });
    }
  }
  return result;
}

/** The Q1 rows of a dry run compared with what is stored: each with its version, whether it changes anything, and what it replaces. */
export function planQ1(rows: readonly Q1AmountRow[], current: Map<number | string, StoredQ1>, indicatorCodes: Map<number, string>) {
  let inserts = 0;
  let updates = 0;
  const items: Q1BatchRow[] = rows.map((r) => {
    const stored = current.get(targetKey(r.year, r.organisation, r.indicator));
    const changes = !stored || stored.amount !== r.amount || stored.comparator !== r.comparator;
    if (changes && stored) updates++;
    else if (changes) inserts++;
    return {
      year: r.year, organisationId: r.organisation, indicatorCode: indicatorCodes.get(r.indicator)!, amount: r.amount, comparator: r.comparator,
      version: stored?.version ?? 0, sheet: r.sheet, row: r.row, changes, before: stored ? { amount: stored.amount, comparator: stored.comparator } : null,
    };
  });
  return { items, inserts, updates, unchanged: items.length - inserts - updates };
}

type Encoded = [number, number, string, string, Comparator, number, string, number, 0 | 1, string | null, Comparator | null];

/** The batch's rows_json with its Q1 rows added under "q1" (amounts as integer text, exact). */
export function withQ1Rows(rowsJson: string, items: readonly Q1BatchRow[]): string {
  if (items.length === 0) return rowsJson;
  const encoded: Encoded[] = items.map((q) => [
    q.year, q.organisationId, q.indicatorCode, q.amount.toString(), q.comparator, q.version, q.sheet, q.row, q.changes ? 1 : 0,
    q.before ? q.before.amount.toString() : null, q.before?.comparator ?? null,
  ]);
  const close = rowsJson.lastIndexOf('}');
  if (close < 0) throw new Error('a targets batch is a JSON object');
  return `${rowsJson.slice(0, close)},"q1":${JSON.stringify(encoded)}}`;
}

/** The Q1 rows of a batch's rows_json (none in a batch stored before Q1 amounts were read). */
export function readQ1Rows(rowsJson: string): Q1BatchRow[] {
  const stored = JSON.parse(rowsJson) as { q1?: Encoded[] } | unknown[];
  if (Array.isArray(stored) || !stored.q1) return [];
  return stored.q1.map(([year, organisationId, indicatorCode, amount, comparator, version, sheet, row, changes, beforeAmount, beforeComparator]) => ({
    year, organisationId, indicatorCode, amount: BigInt(amount), comparator, version, sheet, row, changes: changes === 1,
    before: beforeAmount === null || beforeComparator === null ? null : { amount: BigInt(beforeAmount), comparator: beforeComparator },
  }));
}

/** A Q1 row located in the catalogue: the indicator's id. */
export interface Q1Write {
  q1: Q1BatchRow;
  indicatorId: number;
}

/** How many Q1 rows the batch leaves alone are no longer at the version the dry run saw. */
export async function staleQ1(trx: Executor, rows: readonly Q1Write[]): Promise<number> {
  if (rows.length === 0) return 0;
  const years = [...new Set(rows.map((w) => w.q1.year))];
  const current = await currentQ1Targets(trx, years, [...new Set(rows.map((w) => w.q1.organisationId))]);
  return rows.filter((w) => (current.get(targetKey(w.q1.year, w.q1.organisationId, w.indicatorId))?.version ?? 0) !== w.q1.version).length;
}

/**
 * Writes the changed Q1 rows (source 'imported', the file as source_ref, "Sheet!row" as
 * source_quote), each at the version after the one the dry run saw: an update guarded by that
 * version, an insert where there was none. Answers how many were written; the caller refuses the
 * whole batch when one was skipped (written by someone else in between).
 */
export async function writeQ1(trx: Executor, rows: readonly Q1Write[], fileName: string, now: string): Promise<number> {
  let written = 0;
  for (const { q1, indicatorId } of rows) {
    const values = {
      amount_target: q1.amount, amount_comparator: q1.comparator, source: 'imported', source_ref: fileName, source_quote: `${q1.sheet}!${q1.row}`,
      version: q1.version + 1, updated_at: now,
    };
    const where = { year: q1.year, organisation_id: q1.organisationId, indicator_id: indicatorId, through_month: Q1_THROUGH_MONTH };
    if (q1.version > 0) {
      const result = await trx.updateTable('period_targets').set(values)
        .where('year', '=', where.year).where('organisation_id', '=', where.organisation_id).where('indicator_id', '=', where.indicator_id)
        .where('through_month', '=', Q1_THROUGH_MONTH).where('version', '=', q1.version)
        .executeTakeFirst();
      written += Number(result.numUpdatedRows);
    } else {
      const inserted = await trx.insertInto('period_targets').values({ ...where, ...values })
        .onConflict((oc) => oc.columns(['year', 'organisation_id', 'indicator_id', 'through_month']).doNothing())
        .returning('id').executeTakeFirst();
      if (inserted) written++;
    }
  }
  return written;
}

/** A Q1 row as the audit trail shows what it replaced. */
export const q1Snapshot = (q: Q1BatchRow) => ({
  year: q.year, organisationId: q.organisationId, indicatorCode: q.indicatorCode, throughMonth: Q1_THROUGH_MONTH,
  amountTarget: q.before ? scaledText(q.before.amount) : null, amountComparator: q.before?.comparator ?? null, version: q.version,
});

/** A JSON array's text with more items appended (the Q1 targets a commit replaces, after the annual ones). */
export function appendToJsonArray(arrayJson: string, items: readonly unknown[]): string {
  if (items.length === 0) return arrayJson;
  const more = JSON.stringify(items).slice(1, -1);
  return arrayJson.trim() === '[]' ? `[${more}]` : `${arrayJson.slice(0, arrayJson.lastIndexOf(']'))},${more}]`;
}
