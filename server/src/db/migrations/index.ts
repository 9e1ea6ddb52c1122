import type { Migration } from 'kysely';
import * as m0001 from './0001_platform';

/** All migrations in order. Never edit one that has landed; add a new one. */
export const migrations: Record<string, Migration> = {
  '0001_platform': m0001,
};
