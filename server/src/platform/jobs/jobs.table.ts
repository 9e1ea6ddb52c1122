import type { Generated, Selectable } from 'kysely';
import type { JobStatus } from '@hongtu/contracts';

/**
 * One background job (migration 0007): what to do (`kind`, `payload_json`), for whom (`created_by`,
 * `organisation_id`: the job is seen within that organisation's scope), where it stands (status,
 * progress, attempts) and who is running it (`lease_owner` until `lease_expires_at`, extended by
 * heartbeats; an expired lease is taken over by another app server; once it ended, `lease_owner`
 * names the runner of its last attempt). Its outcome is `result_json`
 * or an error code of the message catalogues (never a stack).
 */
export interface JobsTable {
  id: Generated<number>;
  kind: string;
  payload_json: string;
  /** The request that queued it (address, request id, language), for its audit rows and messages. */
  context_json: string;
  status: JobStatus;
  progress_done: number;
  progress_total: number | null;
  progress_phase: string | null;
  attempts: number;
  max_attempts: number;
  /** Not claimed before this time. */
  run_after: string;
  lease_owner: string | null;
  lease_expires_at: string | null;
  result_json: string | null;
  error_status: number | null;
  error_code: string | null;
  error_params_json: string | null;
  created_by: number;
  organisation_id: number;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  updated_at: string;
}
export type JobRow = Selectable<JobsTable>;

/** The upload a job reads, kept in the database so that any app server can run the job; deleted when it ends. */
export interface JobBlobsTable {
  job_id: number;
  file_name: string;
  size: number;
  bytes: Buffer;
  created_at: string;
}

declare module '../../db/database' {
  interface Database {
    jobs: JobsTable;
    job_blobs: JobBlobsTable;
  }
}
