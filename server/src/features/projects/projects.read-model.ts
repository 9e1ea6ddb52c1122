import type { Locale } from '@hongtu/contracts';
import type { ProjectDuplicate, ProjectList, ProjectListQuery } from '@hongtu/contracts/projects';
import type { Executor } from '../../db/database';
import { containsText } from '../../db/like';
import { translate } from '../../platform/i18n/messages';
import type { Actor } from '../../platform/permissions/actor';
import { assertInScope, isInScope, pathInScope } from '../../platform/permissions/scope';
import { toListItem } from './projects.codec';
import type { ProjectRow } from './projects.table';

export type ScopedProjectRow = ProjectRow & { organisation_name: string; organisation_path: string; organisation_code: string };

const SORT_COLUMNS = {
  code: 'p.code',
  name: 'p.name',
  totalInvestment: 'p.total_investment',
  annualPlan: 'p.annual_plan',
  updatedAt: 'p.updated_at',
} as const;

/** A project with its organisation's name and path; 404 (audited as a denial) when outside the actor's scope or missing. */
export async function loadProject(db: Executor, actor: Actor, id: number): Promise<ScopedProjectRow> {
  const query = db.selectFrom('projects as p')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .selectAll('p')
    .select(['o.name as organisation_name', 'o.path as organisation_path', 'o.code as organisation_code'])
    .where('p.id', '=', id);
  const row = await query.executeTakeFirst();
  assertInScope(actor, row?.organisation_path);
  return row!;
}

/**
 * The library in the actor's scope, filtered, sorted (ties by id) and paged; the page size is
 * bounded by the contract.
 */
export async function listProjects(db: Executor, actor: Actor, query: ProjectListQuery): Promise<ProjectList> {
  let base = db.selectFrom('projects as p')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .where((eb) => pathInScope(eb, 'o.path', actor));
  if (query.organisationId !== undefined) base = base.where('p.organisation_id', '=', query.organisationId);
  if (query.level) base = base.where('p.level', '=', query.level);
  if (query.category) base = base.where('p.category', '=', query.category);
  if (query.yearStatus) base = base.where('p.year_status', '=', query.yearStatus);
  if (query.stage) base = base.where('p.stage', '=', query.stage);
  if (query.planYear !== undefined) base = base.where('p.plan_year', '=', query.planYear);
  const q = query.q?.trim();
  if (q) base = base.where((eb) => eb.or([containsText('p.name', q), containsText('p.code', q), containsText('p.owner_name', q)]));

  const { total } = await base.select((eb) => eb.fn.countAll<number | string>().as('total')).executeTakeFirstOrThrow();
  const rows = await base
    .select(['p.id', 'p.organisation_id', 'p.code', 'p.name', 'p.level', 'p.category', 'p.total_investment', 'p.annual_plan', 'p.plan_year', 'p.year_status', 'p.stage', 'p.owner_name', 'p.updated_at', 'p.version', 'o.name as organisation_name'])
    .orderBy(SORT_COLUMNS[query.sort], query.order)
    .orderBy('p.id', query.order)
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return { items: rows.map(toListItem), total: Number(total) };
}

/**
 * Other projects with the same name (compared by name_key) or the same owner (credit code), in
 * any district: each named by its organisation, its code only when the reader may see it — a
 * district learns that another has such a project, nothing else of it.
 */
export async function findDuplicates(db: Executor, actor: Actor, locale: Locale, p: { id: number | null; nameKey: string; ownerCreditCode: string | null }): Promise<ProjectDuplicate[]> {
  let query = db.selectFrom('projects as p')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .select(['p.id', 'p.code', 'p.name_key', 'p.owner_credit_code', 'o.name as organisation_name', 'o.path as organisation_path'])
    .where((eb) => eb.or([
      eb('p.name_key', '=', p.nameKey),
      ...(p.ownerCreditCode ? [eb('p.owner_credit_code', '=', p.ownerCreditCode)] : []),
    ]))
    .orderBy('p.id')
    .limit(20);
  if (p.id !== null) query = query.where('p.id', '<>', p.id);
  const rows = await query.execute();
  const seen = new Set<string>();
  const found: ProjectDuplicate[] = [];
  for (const row of rows) {
    const match = row.name_key === p.nameKey ? 'name' : 'owner';
    const visible = isInScope(actor, row.organisation_path);
    const key = `${match}|${row.organisation_name}|${visible ? row.code : ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({
      match,
      organisationName: row.organisation_name,
      code: visible ? row.code : null,
      message: translate(match === 'name' ? 'PROJECT_DUPLICATE_NAME' : 'PROJECT_DUPLICATE_OWNER', locale, { organisation: row.organisation_name }),
    });
  }
  return found;
}
