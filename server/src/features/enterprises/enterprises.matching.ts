import { sql, type Expression, type SqlBool } from 'kysely';
import type { EnterpriseItem } from '@hongtu/contracts/enterprises';
import { HEADQUARTERS_FLAG, prefixEnd, type EnterpriseTraits, type PolicyConditions, type SizeClass, type HeadquartersKind } from '@hongtu/domain';
import { chunks } from '../../db/chunks';
import type { DialectName } from '../../db/connection';
import type { Executor } from '../../db/database';
import { pathInScope, type ScopeActor } from '../../platform/permissions/scope';
import { FLAG_COLUMNS, ITEM_COLUMNS, flagsOf, toEnterpriseItem, type ItemRow } from './enterprises.codec';
import { enterprisesInScope } from './enterprises.read-model';

/** An enterprise as a policy's conditions see it: the list item and the traits the rule checks. */
export interface MatchedEnterprise {
  item: EnterpriseItem;
  traits: EnterpriseTraits;
}

/** The organisation ids of a materialised path ("/1/4/9/" → 9, 4, 1: the serving one first). */
function idsOfPath(path: string): number[] {
  return path.split('/').filter(Boolean).map(Number).reverse();
}

function traitsOf(row: ItemRow & { path: string }): EnterpriseTraits {
  return {
    industryCode: row.industry_code, sizeClass: row.size_class as SizeClass | null, headquartersKind: row.headquarters_kind as HeadquartersKind | null,
    flags: flagsOf(row), organisationIds: idsOfPath(row.path),
  };
}

/**
 * The SQL form of "no condition fails" (policy-match.ts): a record that does not say its
 * industry or size is kept (the rule names that condition unknown) unless certainOnly. It reads
 * the record's own columns only (a district is its organisations' ids), so that the traits'
 * index (0252_enterprises_traits_index) answers it without reading the records.
 */
function conditionsHold(db: Executor, dialect: DialectName, conditions: PolicyConditions, certainOnly: boolean): Expression<SqlBool>[] {
  const where: Expression<SqlBool>[] = [];
  const orNull = (column: string, test: Expression<SqlBool>) => (certainOnly ? test : sql<SqlBool>`(${sql.ref(column)} is null or ${test})`);
  if (conditions.industries.length) {
    // a 门类 (C) or a 大类 (C39): the codes starting with it (on SQLite as a range, as the search's prefixes)
    const starts = (i: string) => (dialect === 'postgres' ? sql`e.industry_code like ${`${i}%`}` : sql`(e.industry_code >= ${i} and e.industry_code < ${prefixEnd(i)})`);
    const any = sql.join(conditions.industries.map(starts), sql` or `);
    where.push(orNull('e.industry_code', sql<SqlBool>`(${any})`));
  }
  if (conditions.sizeClasses.length) {
    where.push(orNull('e.size_class', sql<SqlBool>`e.size_class in (${sql.join([...conditions.sizeClasses])})`));
  }
  for (const flag of conditions.flags) {
    where.push(flag === HEADQUARTERS_FLAG ? sql<SqlBool>`e.headquarters_kind is not null` : sql<SqlBool>`${sql.ref(`e.${FLAG_COLUMNS[flag]}`)} = 1`);
  }
  if (conditions.districtIds.length) {
    const within = db.selectFrom('organisations as d').select('d.id')
      .where((eb) => eb.or(conditions.districtIds.map((id) => eb('d.path', 'like', `%/${id}/%`))));
    where.push(sql<SqlBool>`e.organisation_id in (${within})`);
  }
  return where;
}

/** How many of the record's traits a policy's conditions cannot decide: those records come last. */
function unknownCount(conditions: PolicyConditions) {
  const terms = [
    ...(conditions.industries.length ? [sql`case when e.industry_code is null then 1 else 0 end`] : []),
    ...(conditions.sizeClasses.length ? [sql`case when e.size_class is null then 1 else 0 end`] : []),
  ];
  // (no term: no such ordering — a bare number in ORDER BY would name a column)
  return terms.length ? sql<number>`${sql.join(terms, sql` + `)}` : undefined;
}

/**
 * The enterprises in the reader's scope no condition of a policy fails for, fully decided ones
 * first, then by id; one page, with the total. The page's ids and the total are read from the
 * records' traits alone; then only the page's records with their district's name.
 */
export async function enterprisesForConditions(
  db: Executor, dialect: DialectName, actor: ScopeActor, conditions: PolicyConditions,
  page: { limit: number; offset: number; certainOnly: boolean },
): Promise<{ items: MatchedEnterprise[]; total: number }> {
  let base = db.selectFrom('enterprises as e')
    .where('e.organisation_id', 'in', db.selectFrom('organisations as s').select('s.id').where((eb) => pathInScope(eb, 's.path', actor)));
  for (const w of conditionsHold(db, dialect, conditions, page.certainOnly)) base = base.where(w);
  const unknownFirst = unknownCount(conditions);
  let ids = base.select('e.id');
  if (unknownFirst) ids = ids.orderBy(unknownFirst);
  const [idRows, total] = await Promise.all([
    ids.orderBy('e.id').limit(page.limit).offset(page.offset).execute(),
    base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const byId = new Map<number, ItemRow & { path: string }>();
  for (const slice of chunks(idRows.map((r) => r.id))) {
    const rows = await db.selectFrom('enterprises as e').innerJoin('organisations as o', 'o.id', 'e.organisation_id')
      .select([...ITEM_COLUMNS, 'o.path']).where('e.id', 'in', slice).execute();
    for (const r of rows) byId.set(r.id, r as ItemRow & { path: string });
  }
  // (a record removed since the ids were read is left out)
  const rows = idRows.flatMap((r) => byId.get(r.id) ?? []);
  return {
    items: rows.map((r) => ({ item: toEnterpriseItem(r), traits: traitsOf(r) })),
    total: Number(total.n),
  };
}

/** One enterprise's traits, when the reader may see it (undefined otherwise). */
export async function enterpriseWithTraits(db: Executor, actor: ScopeActor, id: number): Promise<MatchedEnterprise | undefined> {
  const row = await enterprisesInScope(db, actor).select([...ITEM_COLUMNS, 'o.path']).where('e.id', '=', id).executeTakeFirst();
  return row && { item: toEnterpriseItem(row as ItemRow), traits: traitsOf(row as ItemRow & { path: string }) };
}
