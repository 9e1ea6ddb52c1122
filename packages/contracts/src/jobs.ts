import { z } from 'zod';

/**
 * Background jobs (imports, documents, reports) run from the durable queue on the database, by any
 * app server: the answer to a request that queues one (202), and GET /api/jobs[/:id].
 */
export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export const jobStatusSchema = z.enum(JOB_STATUSES);
export type JobStatus = z.infer<typeof jobStatusSchema>;

/** A job's progress: `done` of `total` steps (total null while unknown), in its kind's `phase`. */
export const jobProgressSchema = z.object({
  done: z.number().int(),
  total: z.number().int().nullable(),
  phase: z.string().nullable(),
});
export type JobProgress = z.infer<typeof jobProgressSchema>;

/** Why a job failed, in the caller's language, as an API error would say it (never a stack). */
export const jobErrorSchema = z.object({
  status: z.number().int(),
  code: z.string(),
  message: z.string(),
});
export type JobError = z.infer<typeof jobErrorSchema>;

export const jobSummarySchema = z.object({
  id: z.number().int(),
  /** "<feature>.<what>", e.g. "targets.import-check". */
  kind: z.string(),
  status: jobStatusSchema,
  progress: jobProgressSchema,
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  error: jobErrorSchema.nullable(),
  createdBy: z.number().int(),
  createdByName: z.string(),
  organisationId: z.number().int(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type JobSummary = z.infer<typeof jobSummarySchema>;

/** One job with its result (the kind's answer, e.g. a dry-run report) once it succeeded. */
export const jobSchema = jobSummarySchema.extend({
  result: z.unknown().nullable(),
});
export type Job = z.infer<typeof jobSchema>;

export const jobListSchema = z.object({ items: z.array(jobSummarySchema) });
export type JobList = z.infer<typeof jobListSchema>;

export const JOB_LIST_LIMIT = 50;

export const jobQuerySchema = z.object({
  status: jobStatusSchema.optional(),
  kind: z.string().max(64).optional(),
  /** Only the jobs the caller queued (else every job of the caller's scope). */
  mine: z.enum(['true', 'false']).optional().transform((v) => v === 'true'),
});

/** A job is over once it is one of these. */
export const isJobFinished = (status: JobStatus) => status === 'succeeded' || status === 'failed' || status === 'cancelled';
