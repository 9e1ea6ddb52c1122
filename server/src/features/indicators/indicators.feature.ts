import { defineFeature } from '../../platform/features/feature';
import { INDICATORS_MESSAGES } from './indicators.messages';
import { INDICATOR_ALIAS_MESSAGES } from './indicator-aliases.messages';
import * as aliasesMigration from './indicator-aliases.migration';
import { indicatorAliasRoutes } from './indicator-aliases.routes';
import * as frequencyMigration from './indicators.migrations';
import { indicatorRoutes } from './indicators.routes';
import { createIndicatorService } from './indicators.service';
import { createIndicatorSettingsService } from './indicator-settings.service';

/** The indicators feature: see docs/NEW_FEATURE.md for what each entry means. */
export const indicatorsFeature = defineFeature({
  name: 'indicators',
  register: (app, deps) => {
    indicatorRoutes(app, createIndicatorService(deps), createIndicatorSettingsService(deps));
    indicatorAliasRoutes(app, deps);
  },
  messages: { ...INDICATORS_MESSAGES, ...INDICATOR_ALIAS_MESSAGES },
  migrations: { '0020_indicator_frequency': frequencyMigration, '0030_indicator_aliases': aliasesMigration },
  tables: { indicators: { key: ['id'] }, indicator_responsibilities: { key: ['id'] }, indicator_aliases: { key: ['id'] } },
  routeCases: () => Promise.all([import('./indicators.permission-spec'), import('./indicator-aliases.permission-spec')])
    .then(([a, b]) => ({ ...a.ROUTE_CASES, ...b.ROUTE_CASES })),
});
