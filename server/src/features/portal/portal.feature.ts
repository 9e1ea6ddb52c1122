import { defineFeature } from '../../platform/features/feature';
import { PORTAL_MESSAGES } from './portal.messages';
import { portalMigrations } from './portal.migrations';
import { registerPortalCache } from './portal-cache';
import { portalRoutes } from './portal.routes';
// The feature's tables join the Database type wherever the feature is compiled (declaration merging).
import type {} from './portal.table';

/** The portal feature (门户网站): see docs/NEW_FEATURE.md for what each entry means. */
export const portalFeature = defineFeature({
  name: 'portal',
  register: (app, deps) => {
    // Anonymous crowds answered from each server's short-lived copy of the page.
    registerPortalCache(app);
    portalRoutes(app, deps);
  },
  migrations: portalMigrations,
  messages: PORTAL_MESSAGES,
  tables: { portal_opportunities: { key: ['id'] } },
  routeCases: () => import('./portal.permission-spec').then((m) => m.ROUTE_CASES),
});
