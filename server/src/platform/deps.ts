import type { Config } from '../config/config';
import type { DialectName } from '../db/connection';
import type { Db } from '../db/database';
import type { AuditTrail } from './audit/audit-trail';
import type { Clock } from './clock';

/** What every feature's services are built from. */
export interface Deps {
  db: Db;
  dialect: DialectName;
  clock: Clock;
  audit: AuditTrail;
  config: Pick<Config, 'secureCookies'>;
}
