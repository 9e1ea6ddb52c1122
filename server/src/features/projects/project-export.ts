import type { Locale } from '@hongtu/contracts';
import type { z } from 'zod';
import type { projectExportQuerySchema } from '@hongtu/contracts/projects';
import { type PROJECT_MILESTONES, fromScaled, storageInt, storageText } from '@hongtu/domain';
import type { Deps } from '../../platform/deps';
import { buildSheet, type SheetColumn } from '../../platform/export/xlsx';
import { amountCell } from '../../platform/imports/template-cells';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { PROJECT_COLUMNS, type ColumnKey } from './project-import-columns';
import { monthOf } from './project-reports.service';
import { datesOf } from './projects.codec';
import { PROJECT_LABELS } from './projects.labels';
import type { ProjectReportRow, ProjectRow } from './projects.table';
import { pathInScope } from '../../platform/permissions/scope';

/** Rows one export may hold (a province's library fits; a larger one is narrowed by the filters). */
export const EXPORT_ROWS = 50_000;

type Row = ProjectRow & { organisation_name: string; report?: ProjectReportRow };
type ExportQuery = z.output<typeof projectExportQuerySchema>;

const amount = (raw: ProjectRow['total_investment'] | null | undefined) => (raw === null || raw === undefined ? null : amountCell(fromScaled(raw)));

function cellOf(key: ColumnKey, row: Row, locale: Locale): unknown {
  const labels = PROJECT_LABELS[locale];
  const planned = datesOf(row, 'planned');
  const actual = datesOf(row, 'actual');
  const report = row.report;
  switch (key) {
    case 'code': return row.code;
    case 'name': return row.name;
    case 'organisation': return row.organisation_name;
    case 'level': return labels.level[row.level];
    case 'category': return labels.category[row.category];
    case 'industry': return row.industry;
    case 'ownerName': return row.owner_name;
    case 'ownerCreditCode': return row.owner_credit_code;
    case 'totalInvestment': return amount(row.total_investment);
    case 'planYear': return row.plan_year;
    case 'annualPlan': return amount(row.annual_plan);
    case 'yearStatus': return labels.yearStatus[row.year_status];
    case 'stage': return labels.stage[row.stage];
    case 'contactLeader': return row.contact_leader;
    case 'responsibleDepartment': return row.responsible_department;
    case 'taskForce': return row.task_force;
    case 'address': return row.address;
    case 'longitude': return row.longitude === null ? null : Number(storageText(storageInt(row.longitude)));
    case 'latitude': return row.latitude === null ? null : Number(storageText(storageInt(row.latitude)));
    case 'tags': return (JSON.parse(row.tags_json) as (keyof typeof labels.tag)[]).map((t) => labels.tag[t]).join('、');
    case 'monthInvestment': return amount(report?.month_investment);
    case 'ytdInvestment': return amount(report?.ytd_investment);
    case 'progressText': return report?.progress_text ?? null;
    case 'problems': return report?.problems ?? null;
    case 'nextSteps': return report?.next_steps ?? null;
    case 'inStatistics': return report ? (report.in_statistics === 1 ? labels.yes : labels.no) : null;
    case 'reportStatus': return labels.reportStatus[report?.status ?? 'not_started'];
    default: {
      const [which, milestone] = key.split('.') as ['planned' | 'actual', (typeof PROJECT_MILESTONES)[number]];
      return (which === 'planned' ? planned : actual)[milestone];
    }
  }
}

/**
 * The library in the user's scope (with the list's filters) as a workbook, in the user's
 * language; with a month, that month's report columns are filled. The same workbook is the import
 * template: its headers are what the import recognises, amounts in 万元 as exact numbers.
 */
export function createProjectExport({ db }: Deps) {
  return async (ctx: RequestContext, query: ExportQuery) => {
    const actor = requireActor(ctx);
    let q = db.selectFrom('projects as p').innerJoin('organisations as o', 'o.id', 'p.organisation_id')
      .selectAll('p').select('o.name as organisation_name')
      .where((eb) => pathInScope(eb, 'o.path', actor));
    if (query.organisationId !== undefined) q = q.where('p.organisation_id', '=', query.organisationId);
    if (query.level) q = q.where('p.level', '=', query.level);
    if (query.category) q = q.where('p.category', '=', query.category);
    if (query.yearStatus) q = q.where('p.year_status', '=', query.yearStatus);
    if (query.stage) q = q.where('p.stage', '=', query.stage);
    if (query.planYear !== undefined) q = q.where('p.plan_year', '=', query.planYear);
    const rows: Row[] = await q.orderBy('p.organisation_id').orderBy('p.code').limit(EXPORT_ROWS).execute();
    const period = query.period ? monthOf(query.period) : null;
    if (period && rows.length > 0) {
      const byProject = new Map<number, Row>(rows.map((r) => [r.id, r]));
      const ids = [...byProject.keys()];
      for (let i = 0; i < ids.length; i += 500) {
        const reports = await db.selectFrom('project_reports').selectAll()
          .where('project_id', 'in', ids.slice(i, i + 500)).where('year', '=', period.year).where('month', '=', period.month).execute();
        for (const report of reports) byProject.get(report.project_id)!.report = report;
      }
    }
    const keys = PROJECT_COLUMNS.filter((c) => period !== null || !['monthInvestment', 'ytdInvestment', 'progressText', 'problems', 'nextSteps', 'inStatistics', 'reportStatus'].includes(c.key));
    const columns: SheetColumn<Row>[] = keys.map((c) => ({ header: c.labels[ctx.locale], width: c.width, value: (row) => cellOf(c.key, row, ctx.locale) }));
    const body = await buildSheet(ctx.locale === 'en' ? 'Projects' : ctx.locale === 'zh-TW' ? '重大項目' : '重大项目', columns, rows);
    const organisation = await db.selectFrom('organisations').select(['code', 'name']).where('id', '=', actor.organisationId).executeTakeFirstOrThrow();
    const suffix = query.period ?? 'library';
    return { body, fileName: `projects-${organisation.code}-${suffix}.xlsx`, localName: `${organisation.name}-${ctx.locale === 'en' ? 'projects' : '重大项目'}-${suffix}.xlsx` };
  };
}
