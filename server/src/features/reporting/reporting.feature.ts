import { defineFeature } from '../../platform/features/feature';
import { createPeriodService } from './periods.service';
import { REPORTING_MESSAGES } from './reporting.messages';
import * as comparableBasisMigration from './reporting.migrations';
import { reportingRoutes } from './reporting.routes';
import * as vintageMigration from './vintage.migrations';
import { createBulkReview } from './review-bulk.service';
import { reviewRoutes } from './review.routes';
import { createReviewService } from './review.service';
import { createSubmissionService } from './submissions.service';

/** The reporting feature: see docs/NEW_FEATURE.md for what each entry means. */
export const reportingFeature = defineFeature({
  name: 'reporting',
  register: (app, deps) => {
    const review = createReviewService(deps);
    reportingRoutes(app, deps, { periods: createPeriodService(deps), submissions: createSubmissionService(deps), review });
    reviewRoutes(app, createBulkReview(deps, review));
  },
  messages: REPORTING_MESSAGES,
  migrations: { '0021_figure_comparable_basis': comparableBasisMigration, '0060_figure_vintage': vintageMigration },
  tables: {
    reporting_periods: { key: ['id'] },
    submissions: { key: ['id'] },
    figures: { key: ['id'] },
    figure_versions: { key: ['id'] },
    submission_events: { key: ['id'] },
    import_batches: { key: ['id'] },
  },
  routeCases: () => import('./reporting.permission-spec').then((m) => m.ROUTE_CASES),
});
