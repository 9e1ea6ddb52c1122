import type { Config } from '../config/config';
import type { DialectName } from '../db/connection';
import type { Db } from '../db/database';
import type { AuditTrail } from './audit/audit-trail';
import type { Clock } from './clock';
import type { Edge } from './http/edge';
import type { JobQueue } from './jobs/job-queue';

/** What every feature's services are built from. */
export interface Deps {
  db: Db;
  dialect: DialectName;
  clock: Clock;
  audit: AuditTrail;
  /** filesDir: the attachments' folder (a temporary one when not set, as in tests). auditCheckpointFile: the checkpoint log the audit verification compares with (none in most tests). */
  config: Pick<Config, 'secureCookies'> & Partial<Pick<Config, 'auditCheckpointFile' | 'filesDir'>>;
  /** Rate limits and sign-in limits, with the counters shared by every app server. */
  edge: Edge;
  /** The durable job queue: background work (imports, documents, reports) any app server may run. */
  jobs: JobQueue;
}
