import { generateReportBodySchema, REPORT_JOB_KIND } from '@hongtu/contracts/reports';
import { z } from 'zod';
import type { Deps } from '../../platform/deps';
import { defineJob, type JobHandlers } from '../../platform/jobs/job-handler';
import { createReportsService } from './reports.service';

/** The payload the route queues: the request with the unit it resolved (its own when none was asked). */
export const generatePayloadSchema = generateReportBodySchema.extend({ organisationId: z.number().int().positive() });

/**
 * reports.generate runs on the runner of any app server; it reads the published snapshot, builds and
 * renders the report and archives it in one transaction (safe to run twice: one row per job).
 */
export function reportJobs(deps: Deps): JobHandlers {
  const service = createReportsService(deps);
  return {
    [REPORT_JOB_KIND]: defineJob({
      access: 'report.generate',
      payload: generatePayloadSchema,
      // One at a time per server: every report is drawn by the server's one render worker; two side by
      // side made twenty no sooner (2.5 s a round) and slowed the overview's p95 +182 % instead of +13 % (bench/README).
      perServer: 1,
      run: (job) => service.generate(job),
    }),
  };
}
