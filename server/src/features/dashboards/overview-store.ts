// The overview's read model (ADR 0006, migration 0090): an overview is computed once per generation
// of the dashboards' inputs and key, stored as its JSON, and served from there until a write that
// can change it raises the generation (triggers, in the write's own transaction: never stale).
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Overview } from '@hongtu/contracts';
import type { Db } from '../../db/database';
import type { Clock } from '../../platform/clock';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { includesUnapproved } from './dashboards.read-model';
import './overview-store.table';

export interface OverviewKeyParts {
  period: string;
  groupId?: number | undefined;
  /** The indicators asked for (comma-separated codes); absent → the key indicators. */
  indicators?: string | undefined;
}

/**
 * Everything an overview depends on besides the stored inputs: who asks (role, organisation and
 * its path, read grants), the language of its texts, the month, the group and the indicators shown.
 */
export function overviewKey(ctx: RequestContext, query: OverviewKeyParts): string {
  const actor = requireActor(ctx);
  const parts = [
    actor.role, actor.organisationId, actor.organisationPath, [...(actor.readPaths ?? [])].sort(),
    ctx.locale, query.period, query.groupId ?? null, query.indicators ?? null,
  ];
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}

export function createOverviewStore(db: Db, clock: Clock) {
  const generation = async (): Promise<string> => {
    const row = await db.selectFrom('dashboard_generation').select('generation').where('id', '=', 1).executeTakeFirstOrThrow();
    return String(row.generation);
  };
  return {
    /** The stored JSON of this key, if it was computed at the current generation. */
    async read(key: string): Promise<string | undefined> {
      const row = await db.selectFrom('dashboard_overviews as o')
        .innerJoin('dashboard_generation as g', (j) => j.onRef('g.generation', '=', 'o.generation').on('g.id', '=', 1))
        .select('o.body').where('o.key', '=', key).executeTakeFirst();
      return row?.body;
    },

    /**
     * The overview's JSON: the stored one when current, else computed and stored. The generation is
     * read before computing: a write committed meanwhile raised it past the one stored with the
     * result, so such a result is never served.
     */
    async overview(key: string, compute: () => Promise<Overview>): Promise<string> {
      const stored = await this.read(key);
      if (stored !== undefined) return stored;
      const at = await generation();
      const body = JSON.stringify(await compute());
      await db.insertInto('dashboard_overviews')
        .values({ key, generation: at, body, stored_at: clock.now().toISOString() })
        .onConflict((oc) => oc.column('key').doUpdateSet({ generation: at, body, stored_at: clock.now().toISOString() })
          .where(sql<boolean>`cast(dashboard_overviews.generation as bigint) <= cast(${at} as bigint)`))
        .execute();
      return body;
    },

    /** The current generation, for tests and the benchmark. */
    generation,

    /**
     * At every start: what earlier code stored is not served (its shape may differ), and
     * overviews of generations before the current one are removed.
     */
    async startAfresh(): Promise<void> {
      await db.updateTable('dashboard_generation').set({ generation: sql`generation + 1` }).where('id', '=', 1).execute();
      await db.deleteFrom('dashboard_overviews').where('generation', '<', await generation()).execute();
    },
  };
}
export type OverviewStore = ReturnType<typeof createOverviewStore>;

interface OverviewSource<Q extends OverviewKeyParts & { includeUnapproved?: 'true' | 'false' | undefined }> {
  overview(ctx: RequestContext, query: Q): Promise<Overview>;
}

/**
 * The overview API's answer as JSON. A city reviewer's view with submitted figures changes with
 * every submit and is computed each time; every other view comes from the store.
 */
export async function overviewJson<Q extends OverviewKeyParts & { includeUnapproved?: 'true' | 'false' | undefined }>(
  store: OverviewStore, model: OverviewSource<Q>, ctx: RequestContext, query: Q,
): Promise<string> {
  const actor = requireActor(ctx);
  if (includesUnapproved(actor, query.includeUnapproved)) return JSON.stringify(await model.overview(ctx, query));
  return store.overview(overviewKey(ctx, query), () => model.overview(ctx, query));
}
