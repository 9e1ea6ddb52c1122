import { sql } from 'kysely';
import type { Policy, PolicyItem, PolicyList, policyListQuerySchema } from '@hongtu/contracts/policies';
import { isPolicyInForce, type PolicyConditions, type PolicyFlag, type SizeClass } from '@hongtu/domain';
import type { z } from 'zod';
import type { Executor } from '../../db/database';
import { notFound } from '../../platform/errors/app-error';
import { toSimplified } from '../../platform/text/chinese';
import type { PolicyRow } from './policies.table';

/** Today in China (policies' validity is written in local dates). */
export function chinaToday(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export function conditionsOf(row: Pick<PolicyRow, 'industries' | 'size_classes' | 'flags' | 'district_ids'>): PolicyConditions {
  return {
    industries: JSON.parse(row.industries) as string[],
    sizeClasses: JSON.parse(row.size_classes) as SizeClass[],
    flags: JSON.parse(row.flags) as PolicyFlag[],
    districtIds: JSON.parse(row.district_ids) as number[],
  };
}

/** The names of the organisations the district conditions of these rows name. */
async function districtNames(db: Executor, rows: readonly PolicyRow[]): Promise<Map<number, string>> {
  const ids = [...new Set(rows.flatMap((r) => JSON.parse(r.district_ids) as number[]))];
  if (!ids.length) return new Map();
  const orgs = await db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(orgs.map((o) => [o.id, o.name]));
}

export function toPolicyItem(r: PolicyRow, today: string, names: Map<number, string>): PolicyItem {
  const conditions = conditionsOf(r);
  return {
    id: r.id, title: r.title, issuer: r.issuer, documentNumber: r.document_number, issuedOn: r.issued_on, validFrom: r.valid_from, validTo: r.valid_to,
    withdrawn: r.withdrawn_at !== null,
    inForce: r.withdrawn_at === null && isPolicyInForce({ validFrom: r.valid_from, validTo: r.valid_to }, today),
    conditions: { ...conditions, sizeClasses: [...conditions.sizeClasses], flags: [...conditions.flags], industries: [...conditions.industries], districtIds: [...conditions.districtIds] },
    districts: conditions.districtIds.map((id) => ({ id, name: names.get(id) ?? String(id) })),
    demoNote: r.demo_note,
  };
}

export async function toPolicyItems(db: Executor, rows: readonly PolicyRow[], today: string): Promise<PolicyItem[]> {
  const names = await districtNames(db, rows);
  return rows.map((r) => toPolicyItem(r, today, names));
}

/** The library, newest first; search by title, issuer or 文号 (Traditional accepted); paged. */
export async function listPolicies(db: Executor, today: string, query: z.output<typeof policyListQuerySchema>): Promise<PolicyList> {
  let base = db.selectFrom('policies');
  const text = query.q?.trim() ? toSimplified(query.q.trim()).replace(/[\\%_]/g, (c) => `\\${c}`) : undefined;
  if (text) {
    const like = `%${text}%`;
    base = base.where((eb) => eb.or([eb('title', 'like', like), eb('issuer', 'like', like), eb('document_number', 'like', like)]));
  }
  if (query.inForce === 'true') {
    base = base.where('withdrawn_at', 'is', null)
      .where((eb) => eb.or([eb('valid_from', 'is', null), eb('valid_from', '<=', today)]))
      .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', today)]));
  }
  const [rows, total] = await Promise.all([
    base.selectAll().orderBy('issued_on', 'desc').orderBy('id', 'desc').limit(query.pageSize).offset((query.page - 1) * query.pageSize).execute(),
    base.select(sql<number | string>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: await toPolicyItems(db, rows, today), total: Number(total.n) };
}

export async function loadPolicyRow(db: Executor, id: number): Promise<PolicyRow> {
  const row = await db.selectFrom('policies').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

export async function loadPolicy(db: Executor, today: string, id: number): Promise<Policy> {
  const row = await loadPolicyRow(db, id);
  const [item] = await toPolicyItems(db, [row], today);
  return { ...item!, summary: row.summary, version: row.version, createdAt: row.created_at, updatedAt: row.updated_at };
}
