import type { Locale } from '@hongtu/contracts';
import type { ProblemDispatch, ProblemItem } from '@hongtu/contracts/project-problems';
import type { z } from 'zod';
import type { problemDispatchQuerySchema } from '@hongtu/contracts/project-problems';
import type { Deps } from '../../platform/deps';
import { buildSheet, type SheetColumn } from '../../platform/export/xlsx';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { PROBLEM_LABELS } from './project-problems.labels';
import { chinaToday, problemsBase, toProblemItem } from './project-problems.read-model';

/** Open problems one dispatch list may hold (a city's stays far below; the filters narrow a larger one). */
export const DISPATCH_ROWS = 5_000;

type DispatchQuery = z.output<typeof problemDispatchQuerySchema>;

function countBy(items: ProblemItem[], id: (p: ProblemItem) => number, name: (p: ProblemItem) => string) {
  const groups = new Map<number, { id: number; name: string; open: number; overdue: number; oldestDays: number }>();
  for (const p of items) {
    const g = groups.get(id(p)) ?? { id: id(p), name: name(p), open: 0, overdue: 0, oldestDays: 0 };
    g.open += 1;
    if (p.overdue) g.overdue += 1;
    g.oldestDays = Math.max(g.oldestDays, p.ageDays);
    groups.set(g.id, g);
  }
  // Most overdue first, then most open, then the oldest; ties by name.
  return [...groups.values()].sort((a, b) => b.overdue - a.overdue || b.open - a.open || b.oldestDays - a.oldestDays || a.name.localeCompare(b.name, 'zh-CN'));
}

/**
 * The dispatch meeting's list (调度会): every open problem in the reader's scope, overdue ones
 * first, then by age, with the counts by district and by department.
 */
export function createProblemDispatch({ db, clock }: Deps) {
  async function dispatch(ctx: RequestContext, query: DispatchQuery): Promise<ProblemDispatch> {
    const actor = requireActor(ctx);
    const today = chinaToday(clock.now());
    let base = problemsBase(db, actor).where('x.status', '!=', 'closed');
    if (query.districtId !== undefined) base = base.where('x.organisation_id', '=', query.districtId);
    if (query.departmentId !== undefined) base = base.where('x.department_id', '=', query.departmentId);
    const rows = await base.orderBy('x.raised_on').orderBy('x.id').limit(DISPATCH_ROWS).execute();
    const items = rows.map((r) => toProblemItem(r, today))
      .sort((a, b) => Number(b.overdue) - Number(a.overdue) || b.overdueWorkingDays - a.overdueWorkingDays || b.ageDays - a.ageDays || a.id - b.id);
    return {
      today,
      items,
      byDistrict: countBy(items, (p) => p.districtId, (p) => p.districtName),
      byDepartment: countBy(items, (p) => p.departmentId, (p) => p.departmentName),
    };
  }

  /** The list as the meeting's workbook, in the reader's language. */
  async function workbook(ctx: RequestContext, query: DispatchQuery): Promise<{ body: Buffer; fileName: string; localName: string }> {
    const list = await dispatch(ctx, query);
    const locale: Locale = ctx.locale;
    const labels = PROBLEM_LABELS[locale];
    const h = HEADERS[locale];
    const columns: SheetColumn<ProblemItem>[] = [
      { header: h.no, width: 6, value: (p) => list.items.indexOf(p) + 1 },
      { header: h.district, value: (p) => p.districtName },
      { header: h.project, width: 30, value: (p) => `${p.projectCode} ${p.projectName}` },
      { header: h.category, width: 12, value: (p) => labels.category[p.category] },
      { header: h.title, width: 40, value: (p) => p.title },
      { header: h.department, width: 24, value: (p) => p.departmentName },
      { header: h.status, width: 12, value: (p) => labels.status[p.status] },
      { header: h.raisedOn, width: 12, value: (p) => p.raisedOn },
      { header: h.dueOn, width: 12, value: (p) => p.dueOn },
      { header: h.age, width: 10, value: (p) => p.ageDays },
      { header: h.overdue, width: 12, value: (p) => (p.overdue ? p.overdueWorkingDays : null) },
      { header: h.supervised, width: 10, value: (p) => (p.supervisionCount > 0 ? p.supervisionCount : null) },
    ];
    const body = await buildSheet(h.sheet, columns, list.items);
    return { body, fileName: `problem-dispatch-${list.today}.xlsx`, localName: `${h.sheet}-${list.today}.xlsx` };
  }

  return { dispatch, workbook };
}

const HEADERS: Record<Locale, Record<'sheet' | 'no' | 'district' | 'project' | 'category' | 'title' | 'department' | 'status' | 'raisedOn' | 'dueOn' | 'age' | 'overdue' | 'supervised', string>> = {
  'zh-CN': {
    sheet: '项目问题调度清单', no: '序号', district: '区', project: '项目', category: '问题类别', title: '问题', department: '责任部门', status: '状态',
    raisedOn: '提出日期', dueOn: '办理期限', age: '已历时（天）', overdue: '超期（工作日）', supervised: '督办次数',
  },
  'zh-TW': {
    sheet: '項目問題調度清單', no: '序號', district: '區', project: '項目', category: '問題類別', title: '問題', department: '責任部門', status: '狀態',
    raisedOn: '提出日期', dueOn: '辦理期限', age: '已歷時（天）', overdue: '超期（工作日）', supervised: '督辦次數',
  },
  en: {
    sheet: 'Problem dispatch list', no: 'No.', district: 'District', project: 'Project', category: 'Category', title: 'Problem', department: 'Department', status: 'Status',
    raisedOn: 'Raised', dueOn: 'Due', age: 'Age (days)', overdue: 'Overdue (working days)', supervised: 'Supervised (times)',
  },
};
