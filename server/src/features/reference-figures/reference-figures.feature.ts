import { defineFeature } from '../../platform/features/feature';
import { REFERENCE_FIGURES_MESSAGES } from './reference-figures.messages';
import { referenceFiguresMigrations } from './reference-figures.migrations';
import { referenceFiguresRoutes } from './reference-figures.routes';
// The feature's tables join the Database type wherever the feature is compiled (declaration merging).
import type {} from './reference-figures.table';

/** The reference-figures feature (参考数据): see docs/NEW_FEATURE.md for what each entry means. */
export const referenceFiguresFeature = defineFeature({
  name: 'reference-figures',
  register: referenceFiguresRoutes,
  migrations: referenceFiguresMigrations,
  messages: REFERENCE_FIGURES_MESSAGES,
  tables: { reference_figures: { key: ['id'] } },
  routeCases: () => import('./reference-figures.permission-spec').then((m) => m.ROUTE_CASES),
});
