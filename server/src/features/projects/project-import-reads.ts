// What a district's workbook commit reads and writes of the month's reports, a statement per
// 500 projects instead of a few per project: the month's reports, last month's year to date, the
// projects' plan year and total, the new reports, the changed reports and every report's import event.
import { storageInt } from '@hongtu/domain';
import { sql } from 'kysely';
import { chunks } from '../../db/chunks';
import type { Executor } from '../../db/database';
import type { ProjectReportRow } from './projects.table';

const SLICE = 500;

/** The month's report of each project that has one, by project id. */
export async function monthReportsOf(trx: Executor, projectIds: readonly number[], year: number, month: number): Promise<Map<number, ProjectReportRow>> {
  const out = new Map<number, ProjectReportRow>();
  for (const ids of chunks(projectIds, SLICE)) {
    for (const row of await trx.selectFrom('project_reports').selectAll().where('project_id', 'in', ids).where('year', '=', year).where('month', '=', month).execute()) out.set(row.project_id, row);
  }
  return out;
}

/** Last month's year to date of each project that has a report then (none in January), by project id. */
export async function previousYtdsOf(trx: Executor, projectIds: readonly number[], year: number, month: number): Promise<Map<number, bigint>> {
  const out = new Map<number, bigint>();
  if (month === 1) return out;
  for (const ids of chunks(projectIds, SLICE)) {
    const rows = await trx.selectFrom('project_reports').select(['project_id', 'ytd_investment']).where('project_id', 'in', ids).where('year', '=', year).where('month', '=', month - 1).execute();
    for (const row of rows) out.set(row.project_id, storageInt(row.ytd_investment));
  }
  return out;
}

/** Each project's plan year and total investment, by id. */
export async function planFactsOf(trx: Executor, projectIds: readonly number[]): Promise<Map<number, { planYear: number; totalInvestment: bigint }>> {
  const out = new Map<number, { planYear: number; totalInvestment: bigint }>();
  for (const ids of chunks(projectIds, SLICE)) {
    for (const p of await trx.selectFrom('projects').select(['id', 'plan_year', 'total_investment']).where('id', 'in', ids).execute()) {
      out.set(p.id, { planYear: p.plan_year, totalInvestment: storageInt(p.total_investment) });
    }
  }
  return out;
}

type NewReport = Omit<ProjectReportRow, 'id' | 'version'>;

/** Inserts the new reports (one project each), returning each one's id and version by project id. */
export async function insertReports(trx: Executor, reports: readonly NewReport[]): Promise<Map<number, { id: number; version: number }>> {
  const out = new Map<number, { id: number; version: number }>();
  for (const slice of chunks(reports, SLICE)) {
    for (const row of await trx.insertInto('project_reports').values(slice).returning(['id', 'project_id', 'version']).execute()) out.set(row.project_id, { id: row.id, version: row.version });
  }
  return out;
}

export type ReportEvent = { report_id: number; action: string; from_status: string | null; to_status: string; report_version: number; reason: string | null; actor_id: number; at: string };

export async function insertReportEvents(trx: Executor, events: readonly ReportEvent[]): Promise<void> {
  for (const slice of chunks(events, SLICE)) await trx.insertInto('project_report_events').values(slice).execute();
}

export interface ReportUpdate {
  id: number;
  /** The version the dry run saw: a report at another one is not changed (the caller answers 409). */
  version: number;
  monthInvestment: bigint;
  ytdInvestment: bigint;
  progressText: string;
  problems: string;
  nextSteps: string;
  inStatistics: number;
}

/**
 * Changes the reports a statement per 500 (each column a CASE on the id, each row only at the
 * version expected, its version raised); answers how many rows changed, which the caller compares
 * with how many it asked for.
 */
export async function updateReports(trx: Executor, updates: readonly ReportUpdate[], by: number, at: string): Promise<number> {
  let changed = 0;
  for (const slice of chunks(updates, SLICE)) {
    const byId = (type: 'bigint' | 'text' | 'integer', pick: (u: ReportUpdate) => bigint | string | number) =>
      sql`case id ${sql.join(slice.map((u) => sql`when ${u.id} then cast(${pick(u)} as ${sql.raw(type)})`), sql` `)} end`;
    const result = await sql`update project_reports set
        month_investment = ${byId('bigint', (u) => u.monthInvestment)}, ytd_investment = ${byId('bigint', (u) => u.ytdInvestment)},
        progress_text = ${byId('text', (u) => u.progressText)}, problems = ${byId('text', (u) => u.problems)}, next_steps = ${byId('text', (u) => u.nextSteps)},
        in_statistics = ${byId('integer', (u) => u.inStatistics)}, updated_by = ${by}, updated_at = ${at}, version = version + 1
      where id in (${sql.join(slice.map((u) => u.id))}) and version = ${byId('integer', (u) => u.version)}`.execute(trx);
    changed += Number(result.numAffectedRows ?? 0);
  }
  return changed;
}
