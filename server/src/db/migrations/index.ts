import type { Migration } from 'kysely';
import * as m0001 from './0001_platform';
import * as m0002 from './0002_indicators';
import * as m0003 from './0003_target_import_batches';
import * as m0004 from './0004_q1_weekly';
import * as m0005 from './0005_imports';

/** All migrations in order. Never edit one that has landed; add a new one. */
export const migrations: Record<string, Migration> = {
  '0001_platform': m0001,
  '0002_indicators': m0002,
  '0003_target_import_batches': m0003,
  '0004_q1_weekly': m0004,
  '0005_imports': m0005,
};
