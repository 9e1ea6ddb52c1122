// The city's territorial scope (docs/DOMAIN.md "Territorial scope"): overlaps between reporting
// units and whether zones rank apart, kept by the administrator, read by the dashboards.
import { AuditActions, AuditEntityTypes } from '@hongtu/contracts';
import type { CreateTerritoryOverlapRequest, Territories, TerritoryOverlapItem, TerritorySettingsRequest } from '@hongtu/contracts/territories';
import { isReportingUnit, type TerritoryOverlap } from '@hongtu/domain';
import type { Executor } from '../../db/database';
import type { Deps } from '../../platform/deps';
import { AppError, notFound, outOfScope } from '../../platform/errors/app-error';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { isInOwnScope, isInScope } from '../../platform/permissions/scope';
import { pathIds, rankingRoot } from './dashboards.queries';
import './territories.table';

/** What the dashboards need of a city's scope. */
export interface TerritorialScope {
  overlaps: TerritoryOverlap<number>[];
  rankZonesSeparately: boolean;
}

export async function territorialScope(db: Executor, cityId: number): Promise<TerritorialScope> {
  const [overlaps, settings] = await Promise.all([
    db.selectFrom('territory_overlaps').select(['organisation_id', 'overlaps_organisation_id', 'kind']).where('city_id', '=', cityId).orderBy('id').execute(),
    db.selectFrom('territory_settings').select('rank_zones_separately').where('city_id', '=', cityId).executeTakeFirst(),
  ]);
  return {
    overlaps: overlaps.map((o) => ({ unitId: o.organisation_id, overlapsId: o.overlaps_organisation_id, kind: o.kind })),
    rankZonesSeparately: settings?.rank_zones_separately === 1,
  };
}

const invalid = () => new AppError(400, 'TERRITORY_OVERLAP_INVALID');

/**
 * A city's territorial scope is the city's, not one unit's: an administrator keeps it when the city
 * lies in his subtree or he belongs to the city (read grants never count). Else 404, as for a record
 * outside the scope.
 */
function assertCityAdministered(actor: { organisationPath: string }, cityPath: string): void {
  if (!isInOwnScope(actor, cityPath) && !actor.organisationPath.startsWith(cityPath)) throw outOfScope();
}

async function orgOf(db: Executor, id: number) {
  const row = await db.selectFrom('organisations').select(['id', 'name', 'kind', 'path']).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** The city a reporting unit belongs to: its parent. */
const cityIdOf = (path: string) => pathIds(path).at(-2) ?? null;

async function listOverlaps(db: Executor, cityId: number): Promise<TerritoryOverlapItem[]> {
  const rows = await db.selectFrom('territory_overlaps as t')
    .innerJoin('organisations as a', 'a.id', 't.organisation_id')
    .innerJoin('organisations as b', 'b.id', 't.overlaps_organisation_id')
    .select(['t.id', 't.organisation_id', 'a.name as a_name', 't.overlaps_organisation_id', 'b.name as b_name', 't.kind', 't.created_at'])
    .where('t.city_id', '=', cityId).orderBy('t.id').execute();
  return rows.map((r) => ({
    id: r.id, organisationId: r.organisation_id, organisationName: r.a_name, overlapsOrganisationId: r.overlaps_organisation_id,
    overlapsOrganisationName: r.b_name, kind: r.kind, createdAt: r.created_at,
  }));
}

export function createTerritoryService({ db, clock, audit }: Deps) {
  /** The city asked for (it must be a city the actor reads or sits in), else the actor's own city. */
  async function cityFor(ctx: RequestContext, cityId: number | undefined) {
    const actor = requireActor(ctx);
    if (cityId === undefined) {
      const root = await rankingRoot(db, actor);
      if (root.isCity) return orgOf(db, root.id);
      // Above city level (the province's administrator): the first city of the subtree.
      const first = await db.selectFrom('organisations').select('id').where('kind', '=', 'city').where('path', 'like', `${root.path}%`).orderBy('code').executeTakeFirst();
      if (!first) throw new AppError(400, 'TERRITORY_NOT_A_CITY');
      return orgOf(db, first.id);
    }
    const city = await orgOf(db, cityId);
    if (!isInScope(actor, city.path) && !actor.organisationPath.startsWith(city.path)) throw notFound();
    if (city.kind !== 'city') throw new AppError(400, 'TERRITORY_NOT_A_CITY');
    return city;
  }

  async function answer(exec: Executor, cityId: number): Promise<Territories> {
    const [overlaps, scope] = await Promise.all([listOverlaps(exec, cityId), territorialScope(exec, cityId)]);
    return { cityId, rankZonesSeparately: scope.rankZonesSeparately, overlaps };
  }

  return {
    async get(ctx: RequestContext, cityId: number | undefined): Promise<Territories> {
      const city = await cityFor(ctx, cityId);
      return answer(db, city.id);
    },

    async putSettings(ctx: RequestContext, request: TerritorySettingsRequest): Promise<Territories> {
      const actor = requireActor(ctx);
      return db.transaction().execute(async (trx) => {
        const city = await orgOf(trx, request.cityId);
        if (city.kind !== 'city') throw new AppError(400, 'TERRITORY_NOT_A_CITY');
        assertCityAdministered(actor, city.path);
        const before = await territorialScope(trx, city.id);
        const values = { rank_zones_separately: request.rankZonesSeparately ? 1 : 0, updated_by: actor.userId, updated_at: clock.now().toISOString() };
        await trx.insertInto('territory_settings').values({ city_id: city.id, ...values })
          .onConflict((oc) => oc.column('city_id').doUpdateSet(values)).execute();
        await audit.append(trx, ctx, {
          action: AuditActions.territorySettingsUpdate, entityType: AuditEntityTypes.organisation, entityId: city.id,
          before: { rankZonesSeparately: before.rankZonesSeparately }, after: { rankZonesSeparately: request.rankZonesSeparately },
        });
        return answer(trx, city.id);
      });
    },

    /** Records (or re-states the kind of) an overlap between two units of one city. */
    async createOverlap(ctx: RequestContext, request: CreateTerritoryOverlapRequest): Promise<TerritoryOverlapItem> {
      const actor = requireActor(ctx);
      return db.transaction().execute(async (trx) => {
        const [unit, other] = await Promise.all([orgOf(trx, request.organisationId), orgOf(trx, request.overlapsOrganisationId)]);
        const cityId = cityIdOf(unit.path);
        if (unit.id === other.id || !isReportingUnit(unit.kind) || !isReportingUnit(other.kind) || cityId === null || cityId !== cityIdOf(other.path)) throw invalid();
        assertCityAdministered(actor, unit.path.slice(0, unit.path.indexOf(`/${cityId}/`) + `/${cityId}/`.length));
        // One overlap per pair, whichever way round it was recorded.
        const reverse = await trx.selectFrom('territory_overlaps').select('id')
          .where('organisation_id', '=', other.id).where('overlaps_organisation_id', '=', unit.id).executeTakeFirst();
        if (reverse) throw invalid();
        const values = { city_id: cityId, organisation_id: unit.id, overlaps_organisation_id: other.id, kind: request.kind, created_by: actor.userId, created_at: clock.now().toISOString() };
        const existing = await trx.selectFrom('territory_overlaps').select('id')
          .where('organisation_id', '=', unit.id).where('overlaps_organisation_id', '=', other.id).executeTakeFirst();
        const id = existing
          ? (await trx.updateTable('territory_overlaps').set({ kind: request.kind }).where('id', '=', existing.id).returning('id').executeTakeFirstOrThrow()).id
          : (await trx.insertInto('territory_overlaps').values(values).returning('id').executeTakeFirstOrThrow()).id;
        const item = (await listOverlaps(trx, cityId)).find((o) => o.id === id)!;
        await audit.append(trx, ctx, { action: AuditActions.territoryOverlapCreate, entityType: AuditEntityTypes.organisation, entityId: cityId, after: item });
        return item;
      });
    },

    async removeOverlap(ctx: RequestContext, id: number): Promise<void> {
      const actor = requireActor(ctx);
      await db.transaction().execute(async (trx) => {
        const row = await trx.selectFrom('territory_overlaps').select(['id', 'city_id']).where('id', '=', id).executeTakeFirst();
        if (!row) throw notFound();
        const city = await orgOf(trx, row.city_id);
        assertCityAdministered(actor, city.path);
        const before = (await listOverlaps(trx, row.city_id)).find((o) => o.id === id);
        await trx.deleteFrom('territory_overlaps').where('id', '=', id).execute();
        await audit.append(trx, ctx, { action: AuditActions.territoryOverlapDelete, entityType: AuditEntityTypes.organisation, entityId: row.city_id, before });
      });
    },
  };
}
