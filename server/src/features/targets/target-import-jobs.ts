import { z } from 'zod';
import { idSchema, yearSchema } from '@hongtu/contracts';
import type { Deps } from '../../platform/deps';
import { defineJob, type JobHandlers } from '../../platform/jobs/job-handler';
import { createTargetImportCheck } from './target-import-check';
import { createTargetImportCommit } from './target-import-commit';

/** The targets import's jobs: the dry run of an upload, and the commit of its checked batch. */
export const TARGET_JOBS = { check: 'targets.import-check', commit: 'targets.import-commit' } as const;

/**
 * The targets import runs from the durable job queue (platform/jobs): the routes answer 202 with
 * the job, any app server runs it (the upload is read from the database, parsed in that server's
 * import worker), the web page follows its progress and then shows its result. Both are safe to
 * run twice: a second dry run stores one more checked batch, a second commit finds the batch
 * committed and answers it as repeated.
 */
export function targetImportJobs(deps: Deps): JobHandlers {
  const check = createTargetImportCheck(deps);
  const commit = createTargetImportCommit(deps);
  return {
    [TARGET_JOBS.check]: defineJob({
      access: 'target.manage',
      payload: z.strictObject({ year: yearSchema }),
      run: (job) => check(job.ctx, job.payload.year, job.upload, job.progress),
    }),
    [TARGET_JOBS.commit]: defineJob({
      access: 'target.manage',
      payload: z.strictObject({ batchId: idSchema }),
      run: async (job) => {
        await job.progress({ done: 0, total: 1, phase: 'write' });
        return commit(job.ctx, job.payload.batchId);
      },
    }),
  };
}
