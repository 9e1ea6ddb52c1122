import type { Kysely, Transaction } from 'kysely';
// Loads every feature's (and the platform's) table types: each <name>.table.ts adds its tables to
// `Database` below by declaration merging.
import type {} from '../features';
import type {} from '../platform/platform.tables';

/**
 * Every table. Empty here on purpose: each feature's <name>.table.ts declares its own tables into
 * this interface (`declare module '../../db/database'`), and platform/features/registry.ts fails
 * to compile when a table is not owned by a feature manifest.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Database {}

export type Db = Kysely<Database>;
/** A query executor: the database itself or an open transaction. */
export type Executor = Kysely<Database> | Transaction<Database>;
