import { z } from 'zod';
import type { Deps } from '../../platform/deps';
import { defineJob, type JobHandlers } from '../../platform/jobs/job-handler';
import { ingestFolder } from './documents.folder';
import { createDocumentIngest } from './documents.ingest';

/** The documents' jobs: one uploaded file, and a folder on the server (queued by the CLI). */
export const DOCUMENT_JOBS = { ingest: 'documents.ingest', folder: 'documents.ingest-folder' } as const;

/**
 * Both run from the durable job queue (platform/jobs) on the runner of any app server: the upload
 * is read from the database, parsed and extracted on that server's event loop in bounded steps
 * (one file of at most DOCUMENT_LIMITS, awaits between reading, extraction, segmentation and the
 * write). Both are safe to run twice: a file already stored is answered as a duplicate.
 */
export function documentJobs(deps: Deps): JobHandlers {
  const ingest = createDocumentIngest(deps);
  return {
    [DOCUMENT_JOBS.ingest]: defineJob({
      access: 'document.upload',
      payload: z.strictObject({}),
      run: async (job) => {
        await job.progress({ done: 0, total: 1, phase: 'ingest' });
        const upload = await job.upload();
        return ingest(job.ctx, { buffer: upload.buffer, fileName: upload.fileName });
      },
    }),
    [DOCUMENT_JOBS.folder]: defineJob({
      access: 'document.upload',
      payload: z.strictObject({ path: z.string().min(1).max(1000) }),
      maxAttempts: 5,
      run: (job) => ingestFolder(deps, job.ctx, job.payload.path, job.progress),
    }),
  };
}
