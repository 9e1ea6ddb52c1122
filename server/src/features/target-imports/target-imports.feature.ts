import { defineFeature } from '../../platform/features/feature';
import { TARGET_IMPORTS_MESSAGES } from './target-imports.messages';
import { targetImportRoutes } from './target-imports.routes';

/** The target-imports feature: see docs/NEW_FEATURE.md for what each entry means. */
export const targetImportsFeature = defineFeature({
  name: 'target-imports',
  register: targetImportRoutes,
  messages: TARGET_IMPORTS_MESSAGES,
  tables: { target_import_batches: { key: ['id'] } },
  routeCases: () => import('./target-imports.permission-spec').then((m) => m.ROUTE_CASES),
});
