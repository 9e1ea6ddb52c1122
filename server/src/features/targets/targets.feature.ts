import { defineFeature } from '../../platform/features/feature';
import { TARGETS_MESSAGES } from './targets.messages';
import { targetRoutes } from './targets.routes';
import { createTargetService } from './targets.service';

/** The targets feature: see docs/NEW_FEATURE.md for what each entry means. */
export const targetsFeature = defineFeature({
  name: 'targets',
  register: (app, deps) => targetRoutes(app, createTargetService(deps)),
  messages: TARGETS_MESSAGES,
  tables: { targets: { key: ['id'] } },
  routeCases: () => import('./targets.permission-spec').then((m) => m.ROUTE_CASES),
});
