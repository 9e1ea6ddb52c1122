// What other features may use of enterprises (enforced by the lint rule on imports): an
// enterprise's summary by id, a lookup by 统一社会信用代码, and the scope check of a reference.
import { normalizeCreditCode } from '@hongtu/domain';
import type { Executor } from '../../db/database';
import { outOfScope } from '../../platform/errors/app-error';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { pathInScope } from '../../platform/permissions/scope';

export type { EnterprisesRow } from './enterprises.table';

/** What another feature shows of an enterprise it refers to. */
export interface EnterpriseSummary {
  id: number;
  creditCode: string;
  name: string;
  /** The district (or zone) that serves the enterprise. */
  organisationId: number;
  organisationName: string;
}

/** Ids per query, well under both databases' bound-parameter limits. */
const IDS_PER_QUERY = 500;

/**
 * Summaries of the enterprises with these ids (missing ids are simply absent from the map).
 * No scope check: the caller lists rows it may already read and names their enterprises.
 */
export async function enterpriseSummaries(db: Executor, ids: readonly number[]): Promise<Map<number, EnterpriseSummary>> {
  const unique = [...new Set(ids)];
  const summaries = new Map<number, EnterpriseSummary>();
  for (let i = 0; i < unique.length; i += IDS_PER_QUERY) {
    const rows = await db.selectFrom('enterprises as e')
      .innerJoin('organisations as o', 'o.id', 'e.organisation_id')
      .select(['e.id', 'e.credit_code', 'e.name', 'e.organisation_id', 'o.name as organisation_name'])
      .where('e.id', 'in', unique.slice(i, i + IDS_PER_QUERY))
      .execute();
    for (const r of rows) {
      summaries.set(r.id, { id: r.id, creditCode: r.credit_code, name: r.name, organisationId: r.organisation_id, organisationName: r.organisation_name });
    }
  }
  return summaries;
}

/**
 * The enterprise with this 统一社会信用代码 (typed as users type it: spaces, full-width or lower
 * case are normalised), wherever it is served; undefined when the registry has none.
 */
export async function findEnterpriseByCreditCode(db: Executor, code: string): Promise<{ id: number; creditCode: string; name: string; organisationId: number } | undefined> {
  const row = await db.selectFrom('enterprises')
    .select(['id', 'credit_code', 'name', 'organisation_id'])
    .where('credit_code', '=', normalizeCreditCode(code))
    .executeTakeFirst();
  return row && { id: row.id, creditCode: row.credit_code, name: row.name, organisationId: row.organisation_id };
}

/**
 * The enterprise, when the request's user may see it (served within their subtree, or a subtree
 * granted for reading while the request reads); otherwise the same 404 as a missing record,
 * audited as a denial.
 */
export async function assertEnterpriseVisible(ctx: RequestContext, db: Executor, id: number): Promise<EnterpriseSummary> {
  const actor = requireActor(ctx);
  const row = await db.selectFrom('enterprises as e')
    .innerJoin('organisations as o', 'o.id', 'e.organisation_id')
    .select(['e.id', 'e.credit_code', 'e.name', 'e.organisation_id', 'o.name as organisation_name'])
    .where('e.id', '=', id)
    .where((eb) => pathInScope(eb, 'o.path', actor))
    .executeTakeFirst();
  if (!row) throw outOfScope();
  return { id: row.id, creditCode: row.credit_code, name: row.name, organisationId: row.organisation_id, organisationName: row.organisation_name };
}

// Policy matching (the policies feature): the registry's records against a policy's conditions.
export { enterprisesForConditions, enterpriseWithTraits, type MatchedEnterprise } from './enterprises.matching';
/** The registry's words (flags, size classes …) in the three languages, for another feature's exports. */
export { ENTERPRISE_LABELS } from './enterprises.labels';
