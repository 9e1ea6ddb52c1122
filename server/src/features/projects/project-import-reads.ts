// What a district's workbook commit reads and writes of the month's reports, a statement per
// 500 projects instead of a few per project: the month's reports, last month's year to date, the
// projects' plan year and total, the new reports and every report's import event.
import { storageInt } from '@hongtu/domain';
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
