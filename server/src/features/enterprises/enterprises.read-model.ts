import { sql } from 'kysely';
import { ENTERPRISE_LIMITS, type Enterprise, type EnterpriseList, type enterpriseListQuerySchema } from '@hongtu/contracts/enterprises';
import { can, classifyEnterpriseQuery, prefixEnd, type LegalForm } from '@hongtu/domain';
import type { z } from 'zod';
import type { DialectName } from '../../db/connection';
import type { Executor } from '../../db/database';
import { outOfScope } from '../../platform/errors/app-error';
import type { Actor } from '../../platform/permissions/actor';
import { isInOwnScope, pathInScope, type ScopeActor } from '../../platform/permissions/scope';
import { toSimplified } from '../../platform/text/chinese';
import { nameContains } from './enterprise-name-search';
import { denseNameWalk, idAmong, walkNameMatches } from './enterprise-name-walk';
import { FLAG_COLUMNS, ITEM_COLUMNS, toEnterpriseItem, type ItemRow } from './enterprises.codec';

export type EnterpriseListFilter = z.output<typeof enterpriseListQuerySchema>;

/**
 * The registry as the reader may see it: enterprises served within the reader's scope. `byRecord`:
 * the scope is checked on each record another index found (a search's), never read through the
 * district index — which SQLite's planner prefers for a search's count over a province's districts,
 * reading every record (measured: 0.5–0.8 s instead of a few ms for 1,000 matches of 200,000).
 */
export function enterprisesInScope(db: Executor, actor: ScopeActor, options: { byRecord?: boolean } = {}) {
  // The organisations in scope are resolved once (a few hundred ids), not a path compared per record.
  const inScope = db.selectFrom('organisations as s').select('s.id').where((eb) => pathInScope(eb, 's.path', actor));
  if (options.byRecord) {
    // (+column: the same value, which no index serves)
    return db.selectFrom('enterprises as e')
      .innerJoin('organisations as o', (join) => join.on('o.id', '=', sql<number>`+e.organisation_id`))
      .where(sql<number>`+e.organisation_id`, 'in', inScope);
  }
  return db.selectFrom('enterprises as e')
    .innerJoin('organisations as o', 'o.id', 'e.organisation_id')
    .where('e.organisation_id', 'in', inScope);
}

/** The reader's registry for a list or its export: on SQLite, a search's own index leads (see byRecord). */
export function listedInScope(db: Executor, dialect: DialectName, actor: ScopeActor, filter: Pick<EnterpriseListFilter, 'q'>) {
  return enterprisesInScope(db, actor, { byRecord: dialect === 'sqlite' && Boolean(filter.q?.trim()) });
}

type Base = ReturnType<typeof enterprisesInScope>;

/** Escapes LIKE's wildcards in what the user typed (the pattern's escape character is \). */
function likeText(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The search and the filters on a registry query. A code or 拼音 / 首字母 is a prefix (an index
 * range: a plain index on SQLite, a text_pattern_ops one on PostgreSQL); a name is a part of it
 * (found through the name's indexes: enterprise-name-search.ts).
 */
export function filterEnterprises(base: Base, dialect: DialectName, filter: Omit<EnterpriseListFilter, 'page' | 'pageSize'>): Base {
  let q = base;
  const query = filter.q ? classifyEnterpriseQuery(toSimplified(filter.q)) : undefined;
  const prefix = (column: 'e.credit_code' | 'e.name_pinyin' | 'e.name_initials', value: string) =>
    dialect === 'postgres'
      ? sql<boolean>`${sql.ref(column)} like ${`${likeText(value)}%`}`
      : sql<boolean>`(${sql.ref(column)} >= ${value} and ${sql.ref(column)} < ${prefixEnd(value)})`;
  if (query?.kind === 'code') q = q.where(prefix('e.credit_code', query.prefix));
  if (query?.kind === 'pinyin') q = q.where(sql<boolean>`(${prefix('e.name_pinyin', query.prefix)} or ${prefix('e.name_initials', query.prefix)})`);
  if (query?.kind === 'name') q = q.where(nameContains(dialect, query.text));
  for (const flag of filter.flags) {
    q = flag === 'headquarters' ? q.where('e.headquarters_kind', 'is not', null) : q.where(`e.${FLAG_COLUMNS[flag]}`, '=', 1);
  }
  if (filter.organisationId !== undefined) {
    // a district's filter covers the zones and streets under it
    q = q.where('o.path', 'like', (eb) => eb.selectFrom('organisations as f').select(sql<string>`f.path || '%'`.as('p')).where('f.id', '=', filter.organisationId!));
  }
  if (filter.sizeClass) q = q.where('e.size_class', '=', filter.sizeClass);
  if (filter.industry) q = q.where('e.industry_code', 'like', `${filter.industry}%`);
  return q;
}

/**
 * One page of the registry in the reader's scope, by id (oldest record first). A search by name
 * counts its matches up to ENTERPRISE_LIMITS.searchCount (a pair of characters that 10,000 names
 * hold cost more to count than to page); the total is then that bound, flagged. The matches' ids
 * are read once, for the count and the page together (two statements found the same matches twice).
 */
export async function listEnterprises(db: Executor, dialect: DialectName, actor: ScopeActor, filter: EnterpriseListFilter): Promise<EnterpriseList> {
  const query = filter.q ? classifyEnterpriseQuery(toSimplified(filter.q)) : undefined;
  const offset = (filter.page - 1) * filter.pageSize;
  if (query?.kind === 'name') {
    const bound = ENTERPRISE_LIMITS.searchCount;
    const want = Math.max(bound + 1, offset + filter.pageSize);
    const others = filterEnterprises(listedInScope(db, dialect, actor, {}), dialect, { ...filter, q: undefined });
    const walk = await denseNameWalk(db, dialect, query.text);
    // many names hold it: walked in id order (enterprise-name-walk.ts), the other filters on each chunk
    const found = walk !== null
      ? await walkNameMatches(db, query.text, walk, want, async (ids, holds) =>
        (await others.select('e.id').where(idAmong(dialect, ids)).where(holds).orderBy('e.id').execute()).map((r) => r.id))
      : (await filterEnterprises(listedInScope(db, dialect, actor, filter), dialect, filter).select('e.id').orderBy('e.id').limit(want).execute()).map((r) => r.id);
    const pageIds = found.slice(offset, offset + filter.pageSize);
    const rows = pageIds.length === 0 ? [] : await others.select([...ITEM_COLUMNS]).where('e.id', 'in', pageIds).orderBy('e.id').execute();
    const totalCapped = found.length > bound;
    return { items: (rows as ItemRow[]).map(toEnterpriseItem), total: totalCapped ? bound : found.length, totalCapped };
  }
  const base = filterEnterprises(listedInScope(db, dialect, actor, filter), dialect, filter);
  const [rows, total] = await Promise.all([
    base.select([...ITEM_COLUMNS]).orderBy('e.id').limit(filter.pageSize).offset(offset).execute(),
    base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: (rows as ItemRow[]).map(toEnterpriseItem), total: Number(total.n), totalCapped: false };
}

/** One record with everything the form shows; 404 outside the reader's scope. */
export async function loadEnterprise(db: Executor, actor: Actor, id: number): Promise<Enterprise> {
  const row = await enterprisesInScope(db, actor)
    .select([...ITEM_COLUMNS, 'o.path', 'e.name_pinyin', 'e.name_initials', 'e.former_names', 'e.legal_form', 'e.address', 'e.version', 'e.created_at', 'e.updated_at'])
    .where('e.id', '=', id).executeTakeFirst();
  if (!row) throw outOfScope();
  return {
    ...toEnterpriseItem(row as ItemRow),
    namePinyin: row.name_pinyin,
    nameInitials: row.name_initials,
    formerNames: JSON.parse(row.former_names) as string[],
    legalForm: row.legal_form as LegalForm | null,
    address: row.address,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    canEdit: can(actor.role, 'enterprise.manage') && isInOwnScope(actor, row.path),
  };
}
