// The platform's own tables, loaded for the Database type (db/database.ts).
export type { AuditLogTable } from './audit/audit.table';
export type { LoginAttemptsTable, SessionsTable } from './auth/auth.table';
export type { ImportsTable } from './imports/imports.table';
export type { JobsTable, JobBlobsTable } from './jobs/jobs.table';
