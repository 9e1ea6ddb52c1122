// The platform's own part of the registry: its tables (audit trail, sessions, sign-in attempts,
// import batches) and messages, composed with the features' (server/src/features/index.ts).
import { defineFeature } from './features/feature';
import { PLATFORM_MESSAGES } from './i18n/platform.messages';
import { IMPORT_MESSAGES } from './imports/imports.messages';
import * as edgeMigration from './http/edge.migration';
import * as jobsMigration from './jobs/jobs.migration';
import * as auditAppendMigration from './audit/audit-append.migration';
import { JOB_MESSAGES } from './jobs/jobs.messages';
import { jobRoutes } from './jobs/jobs.routes';
import './http/rate-limit.table';

export const platformFeature = defineFeature({
  name: 'platform',
  messages: { ...PLATFORM_MESSAGES, ...IMPORT_MESSAGES, ...JOB_MESSAGES },
  register: jobRoutes,
  routeCases: async () => (await import('./jobs/jobs.permission-spec')).ROUTE_CASES,
  migrations: { '0006_edge_limits': edgeMigration, '0007_jobs': jobsMigration, '0240_audit_append': auditAppendMigration },
  tables: {
    login_attempts: { key: ['username'] },
    login_failures: { key: ['username', 'ip'] },
    login_throttle: { key: ['ip'] },
    rate_limits: {
      key: ['key'],
      volatile: 'rate-limit windows count every request, refused ones included (PostgreSQL only)',
    },
    sessions: {
      key: ['id'],
      mayChange: { last_seen_at: 'the session lookup of any signed-in request refreshes it' },
    },
    audit_log: {
      key: ['id'],
      refusalRows: { column: 'result', reason: 'the refusal itself is audited (the caller counts those rows)' },
    },
    imports: { key: ['id'] },
    jobs: { key: ['id'] },
    job_blobs: { key: ['job_id'] },
  },
});
