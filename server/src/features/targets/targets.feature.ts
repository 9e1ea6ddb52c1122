import { defineFeature } from '../../platform/features/feature';
import * as periodTargetsMigration from './period-targets.migration';
import './period-targets.table';
import * as targetDocumentsMigration from './target-documents.migration';
import { targetDocumentRoutes } from './target-documents.routes';
import './target-documents.table';
import { TARGETS_MESSAGES } from './targets.messages';
import { targetImportJobs } from './target-import-jobs';
import { targetRoutes } from './targets.routes';

/** The targets feature (set one by one, or imported from a workbook): see docs/NEW_FEATURE.md for what each entry means. */
export const targetsFeature = defineFeature({
  name: 'targets',
  register: (app, deps) => {
    targetRoutes(app, deps);
    targetDocumentRoutes(app, deps);
  },
  jobs: targetImportJobs,
  messages: TARGETS_MESSAGES,
  migrations: { '0041_period_targets': periodTargetsMigration, '0111_target_documents': targetDocumentsMigration },
  tables: { targets: { key: ['id'] }, period_targets: { key: ['id'] }, target_import_batches: { key: ['id'] }, target_documents: { key: ['id'] } },
  routeCases: () => import('./targets.permission-spec').then((m) => m.ROUTE_CASES),
});
