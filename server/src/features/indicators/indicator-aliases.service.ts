import { AuditActions, AuditEntityTypes, type CreateIndicatorAliasRequest, type IndicatorAlias } from '@hongtu/contracts';
import type { Deps } from '../../platform/deps';
import type { Executor } from '../../db/database';
import { isUniqueViolation } from '../../db/conflicts';
import { AppError, notFound } from '../../platform/errors/app-error';
import { normaliseName, type IndicatorAlias as ImportAlias } from '../../platform/imports/indicator-match';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { indicatorsRepository } from './indicators.repository';
import { unknownIndicator } from './indicators.service';
import './indicator-aliases.table';

const columns = ['a.id', 'a.alias', 'a.origin', 'a.created_at', 'i.code'] as const;

function activeAliases(db: Executor) {
  return db.selectFrom('indicator_aliases as a').innerJoin('indicators as i', 'i.id', 'a.indicator_id').where('a.deleted_at', 'is', null);
}

const toAlias = (r: { id: number; alias: string; origin: 'default' | 'city'; created_at: string; code: string }): IndicatorAlias =>
  ({ id: r.id, indicatorCode: r.code, alias: r.alias, origin: r.origin, createdAt: r.created_at });

/** The aliases in force, as the imports match names against them (indicators.public.ts). */
export async function aliasesForImport(db: Executor): Promise<ImportAlias[]> {
  return (await activeAliases(db).select(['i.code', 'a.alias']).orderBy('a.id').execute()).map((r) => ({ code: r.code, alias: r.alias }));
}

/**
 * The city's list of other names per indicator: read by everyone who reads the catalogue, kept by
 * the city reviewer. An alias may name one indicator only and never another indicator's name;
 * removing one keeps its row (deleted_at) so that a default stays removed; each change is audited.
 */
export function createIndicatorAliasService({ db, clock, audit }: Deps) {
  return {
    async list(): Promise<IndicatorAlias[]> {
      return (await activeAliases(db).select([...columns]).orderBy('i.sort_order').orderBy('a.id').execute()).map(toAlias);
    },

    async create(ctx: RequestContext, request: CreateIndicatorAliasRequest): Promise<IndicatorAlias> {
      const actor = requireActor(ctx);
      const key = normaliseName(request.alias);
      if (key === '') throw new AppError(400, 'INDICATOR_ALIAS_BLANK', {}, [{ path: 'alias', message: 'INDICATOR_ALIAS_BLANK' }]);
      try {
        return await db.transaction().execute(async (trx) => {
          const indicators = await indicatorsRepository(trx).list();
          const indicator = indicators.find((i) => i.code === request.indicatorCode);
          if (!indicator) throw unknownIndicator(request.indicatorCode);
          const taken = (name: string) => new AppError(409, 'INDICATOR_ALIAS_TAKEN', { alias: request.alias, indicator: name }, [{ path: 'alias', message: 'INDICATOR_ALIAS_TAKEN' }]);
          const named = indicators.find((i) => [i.name_zh_cn, i.name_zh_tw, i.name_en].some((n) => normaliseName(n) === key));
          if (named) throw taken(named.name_zh_cn);
          const existing = await trx.selectFrom('indicator_aliases').selectAll().where('alias_key', '=', key).executeTakeFirst();
          if (existing && existing.deleted_at === null) {
            throw taken(indicators.find((i) => i.id === existing.indicator_id)?.name_zh_cn ?? '');
          }
          const now = clock.now().toISOString();
          const values = { indicator_id: indicator.id, alias: request.alias, alias_key: key, origin: 'city' as const, created_by: actor.userId, created_at: now, deleted_at: null };
          // A removed alias is written again in its row (the key stays unique).
          const id = existing
            ? (await trx.updateTable('indicator_aliases').set(values).where('id', '=', existing.id).returning('id').executeTakeFirstOrThrow()).id
            : (await trx.insertInto('indicator_aliases').values(values).returning('id').executeTakeFirstOrThrow()).id;
          const created: IndicatorAlias = { id, indicatorCode: indicator.code, alias: request.alias, origin: 'city', createdAt: now };
          await audit.append(trx, ctx, { action: AuditActions.indicatorAliasCreate, entityType: AuditEntityTypes.indicatorAlias, entityId: id, after: created });
          return created;
        });
      } catch (error) {
        // Two reviewers adding the same alias at once: the second is told it is taken.
        if (isUniqueViolation(error)) throw new AppError(409, 'INDICATOR_ALIAS_TAKEN', { alias: request.alias, indicator: '' });
        throw error;
      }
    },

    async remove(ctx: RequestContext, id: number): Promise<void> {
      requireActor(ctx);
      await db.transaction().execute(async (trx) => {
        const current = await activeAliases(trx).select([...columns]).where('a.id', '=', id).executeTakeFirst();
        if (!current) throw notFound();
        await trx.updateTable('indicator_aliases').set({ deleted_at: clock.now().toISOString() }).where('id', '=', id).execute();
        await audit.append(trx, ctx, { action: AuditActions.indicatorAliasDelete, entityType: AuditEntityTypes.indicatorAlias, entityId: id, before: toAlias(current) });
      });
    },
  };
}
export type IndicatorAliasService = ReturnType<typeof createIndicatorAliasService>;
