// The house-style templates' share of the reports feature's manifest (reports.feature.ts merges it):
// routes, migration 0195, messages, the table and its rows of the permission table.
import type { RouteCase } from '../../platform/permissions/route-case';
import { REPORT_TEMPLATE_MESSAGES } from './report-templates.messages';
import { reportTemplatesMigrations } from './report-templates.migrations';
import { reportTemplatesRoutes } from './report-templates.routes';
// The table joins the Database type wherever the feature is compiled (declaration merging).
import type {} from './report-templates.table';

export const reportTemplates = {
  register: reportTemplatesRoutes,
  migrations: reportTemplatesMigrations,
  messages: REPORT_TEMPLATE_MESSAGES,
  tables: { report_templates: { key: ['id'] as const } },
  routeCases: (): Promise<Record<string, RouteCase>> => import('./report-templates.permission-spec').then((m) => m.ROUTE_CASES),
};
