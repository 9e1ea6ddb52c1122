// A server feature's manifest: everything the platform needs to know about a feature, declared in
// the feature's own folder (<name>/<name>.feature.ts) and registered from one list
// (server/src/features/index.ts). See docs/NEW_FEATURE.md.
import type { FastifyInstance } from 'fastify';
import type { Migration } from 'kysely';
import type { Database } from '../../db/database';
import type { Deps } from '../deps';
import type { MessageCatalogue } from '../i18n/catalogue';
import type { JobHandlers } from '../jobs/job-handler';
import type { RouteCase } from '../permissions/route-case';

type Columns<T extends keyof Database> = keyof Database[T] & string;

/** How a table takes part in the "a refused request changes nothing" snapshot. */
export interface TableRule<T extends keyof Database> {
  /** The primary key: orders the rows so that two snapshots of the same data are equal. */
  key: readonly [Columns<T>, ...Columns<T>[]];
  /** Columns a refused request may legitimately change, each with the reason. */
  mayChange?: Partial<Record<Columns<T>, string>>;
  /** Rows a refused request adds, left out of the snapshot: those whose column holds the refusal's kind. */
  refusalRows?: { column: Columns<T>; reason: string };
  /** Counters every request touches, refused ones too (rate limits): left out of the snapshot, with the reason. */
  volatile?: string;
}

/** The tables a feature owns, by name. */
export type TableRules = { readonly [T in keyof Database]?: TableRule<T> };

export interface ServerFeature {
  /** The folder name; the same name in packages/contracts, server/src/features, web/src/features. */
  readonly name: string;
  /** Registers the feature's routes (each route declares its permission in `config.access`). */
  readonly register?: (app: FastifyInstance, deps: Deps) => void;
  /** Migrations the feature adds: 4-digit global order, then a name ("0006_projects"). Never edited once landed. */
  readonly migrations?: Readonly<Record<string, Migration>>;
  /** The feature's API messages (codes unique across all features). */
  readonly messages?: MessageCatalogue;
  /** The tables the feature owns, for the denial snapshot (every table must be owned by one feature). */
  readonly tables?: TableRules;
  /** Its background jobs by kind ("<name>.<what>"), run from the durable queue by any app server (platform/jobs). */
  readonly jobs?: (deps: Deps) => JobHandlers;
  /** Its rows of the permission table (test code, loaded by permissions.test.ts only). */
  readonly routeCases?: () => Promise<Readonly<Record<string, RouteCase>>>;
}

/**
 * Declares a feature. Only its name, its message codes and its table names are inferred (they make
 * the composed MessageCode type and the every-table-owned check); everything else is checked against ServerFeature, so the feature list's type
 * never depends on the features' code.
 */
export function defineFeature<
  const N extends string,
  const M extends MessageCatalogue = Record<never, never>,
  const T extends TableRules = Record<never, never>,
>(
  feature: Omit<ServerFeature, 'name' | 'messages' | 'tables'> & { readonly name: N; readonly messages?: M; readonly tables?: T },
): Omit<ServerFeature, 'name' | 'messages' | 'tables'> & { readonly name: N; readonly messages: M; readonly tables: T } {
  return { ...feature, messages: feature.messages ?? ({} as M), tables: feature.tables ?? ({} as T) };
}
