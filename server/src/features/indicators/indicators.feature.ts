import { defineFeature } from '../../platform/features/feature';
import { INDICATORS_MESSAGES } from './indicators.messages';
import * as frequencyMigration from './indicators.migrations';
import { indicatorRoutes } from './indicators.routes';
import { createIndicatorService } from './indicators.service';

/** The indicators feature: see docs/NEW_FEATURE.md for what each entry means. */
export const indicatorsFeature = defineFeature({
  name: 'indicators',
  register: (app, deps) => indicatorRoutes(app, createIndicatorService(deps)),
  messages: INDICATORS_MESSAGES,
  migrations: { '0020_indicator_frequency': frequencyMigration },
  tables: { indicators: { key: ['id'] }, indicator_responsibilities: { key: ['id'] } },
  routeCases: () => import('./indicators.permission-spec').then((m) => m.ROUTE_CASES),
});
