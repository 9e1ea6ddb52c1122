import { defineFeature } from '../../platform/features/feature';
import { PORTAL_SUBMISSIONS_MESSAGES } from './portal-submissions.messages';
import { portalSubmissionsMigrations } from './portal-submissions.migrations';
import { followLinkedRecords } from './portal-submissions.followed';
import { portalSubmissionsRoutes } from './portal-submissions.routes';
import { PORTAL_SUBMISSION_OUTBOX, portalSubmissionJobs } from './portal-submissions.sends';
import { sweepOutboxRegularly } from '../enterprise-accounts/enterprise-accounts.public';
// The feature's tables join the Database type wherever the feature is compiled (declaration merging).
import type {} from './portal-submissions.table';

/** The portal-submissions feature (门户来信): see docs/NEW_FEATURE.md for what each entry means. */
export const portalSubmissionsFeature = defineFeature({
  name: 'portal-submissions',
  register: (app, deps) => {
    // A sender is told when the lead or ticket its submission became moves in its own module.
    followLinkedRecords();
    portalSubmissionsRoutes(app, deps);
    // Messages no live job holds get one (queued while their mover could queue none, or left by a spent job).
    sweepOutboxRegularly(app, deps, PORTAL_SUBMISSION_OUTBOX);
  },
  migrations: portalSubmissionsMigrations,
  messages: PORTAL_SUBMISSIONS_MESSAGES,
  tables: { portal_submissions: { key: ['id'] }, portal_submission_events: { key: ['id'] }, portal_submission_sends: { key: ['message_id'] } },
  jobs: portalSubmissionJobs,
  routeCases: () => import('./portal-submissions.permission-spec').then((m) => m.ROUTE_CASES),
});
