// The overview's read model (ADR 0006, migration 0090): an overview is computed once per generation
// of the dashboards' inputs and key, stored as its JSON, and served from there until a write that
// can change it raises the generation (triggers, in the write's own transaction: never stale). Each
// app server also holds the overviews it answered lately, by key and generation (OverviewCache):
// the request reads the generation (one row) and serves the held copy only when it is of that one.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Overview } from '@hongtu/contracts';
import type { Db } from '../../db/database';
import type { Clock } from '../../platform/clock';
import { EncodedAnswer } from '../../platform/http/encoded-answer';
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

/**
 * Bounds of an app server's in-process copy of stored overviews: entries, and bytes held (the JSON
 * and its compressed copies).
 */
export const OVERVIEW_CACHE_LIMITS = { entries: 256, bytes: 64 * 1024 * 1024 } as const;

/**
 * The overviews this app server answered lately, each with the generation it belongs to, least
 * recently used first (a Map keeps insertion order). An entry is served only while the generation
 * read in the request is its own, so it is never stale; every app server keeps its own. Each is held
 * as bytes with its compressed copies (EncodedAnswer), so a read in a row encodes nothing.
 */
export class OverviewCache {
  private readonly entries = new Map<string, { generation: string; answer: EncodedAnswer }>();

  constructor(private readonly limits: { entries: number; bytes: number } = OVERVIEW_CACHE_LIMITS) {}

  get(key: string, generation: string): EncodedAnswer | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    // Of an earlier generation: never served again.
    if (entry.generation !== generation) return undefined;
    this.entries.set(key, entry);
    return entry.answer;
  }

  set(key: string, generation: string, answer: EncodedAnswer): void {
    this.entries.delete(key);
    // An answer larger than the whole budget is not held.
    if (answer.heldBytes > this.limits.bytes) return;
    this.entries.set(key, { generation, answer });
    // Copies made since an entry was set count too: the bytes are summed afresh (≤ 256 entries).
    let bytes = this.heldBytes;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.limits.entries && bytes <= this.limits.bytes) break;
      this.entries.delete(oldest);
      bytes -= entry.answer.heldBytes;
    }
  }

  get size(): number {
    return this.entries.size;
  }

  /** Bytes held: every entry's JSON and the compressed copies made of it. */
  get heldBytes(): number {
    let bytes = 0;
    for (const entry of this.entries.values()) bytes += entry.answer.heldBytes;
    return bytes;
  }
}

/** The generation read in the session lookup's statement, for the overview's route. */
export const GENERATION_WITH_SESSION = {
  dashboardGeneration: sql<unknown>`(select generation from dashboard_generation where id = 1)`,
} as const;

export function createOverviewStore(db: Db, clock: Clock, cache = new OverviewCache()) {
  const generation = async (): Promise<string> => {
    const row = await db.selectFrom('dashboard_generation').select('generation').where('id', '=', 1).executeTakeFirstOrThrow();
    return String(row.generation);
  };
  return {
    /** The stored JSON of this key, if it was computed at the given generation. */
    async read(key: string, at: string): Promise<string | undefined> {
      const row = await db.selectFrom('dashboard_overviews').select('body')
        .where('key', '=', key).where('generation', '=', at).executeTakeFirst();
      return row?.body;
    },

    /**
     * The overview's JSON at the generation read now: this app server's copy when it is of that
     * generation, else the stored one, else computed and stored. The generation is read before
     * computing: a write committed meanwhile raised it past the one stored with the result, so
     * such a result is never served. `readWithSession` is the generation when the request read it
     * with its session (GENERATION_WITH_SESSION): one round trip for both.
     */
    async overview(key: string, compute: () => Promise<Overview>, readWithSession?: unknown): Promise<EncodedAnswer> {
      const at = readWithSession === undefined || readWithSession === null ? await generation() : String(readWithSession);
      const held = cache.get(key, at);
      if (held !== undefined) return held;
      const stored = await this.read(key, at);
      if (stored !== undefined) {
        const answer = EncodedAnswer.of(stored);
        cache.set(key, at, answer);
        return answer;
      }
      const body = JSON.stringify(await compute());
      await db.insertInto('dashboard_overviews')
        .values({ key, generation: at, body, stored_at: clock.now().toISOString() })
        .onConflict((oc) => oc.column('key').doUpdateSet({ generation: at, body, stored_at: clock.now().toISOString() })
          .where(sql<boolean>`cast(dashboard_overviews.generation as bigint) <= cast(${at} as bigint)`))
        .execute();
      const answer = EncodedAnswer.of(body);
      cache.set(key, at, answer);
      return answer;
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
 * The overview API's answer as JSON bytes. A city reviewer's view with submitted figures changes
 * with every submit and is computed each time; every other view comes from the store.
 */
export async function overviewAnswer<Q extends OverviewKeyParts & { includeUnapproved?: 'true' | 'false' | undefined }>(
  store: OverviewStore, model: OverviewSource<Q>, ctx: RequestContext, query: Q, readWithSession: Record<string, unknown> = {},
): Promise<EncodedAnswer> {
  const actor = requireActor(ctx);
  if (includesUnapproved(actor, query.includeUnapproved)) return EncodedAnswer.of(JSON.stringify(await model.overview(ctx, query)));
  return store.overview(overviewKey(ctx, query), () => model.overview(ctx, query), readWithSession.dashboardGeneration);
}
