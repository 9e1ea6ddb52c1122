import { defineFeature } from '../../platform/features/feature';
import * as bulletinsMigration from './bulletins.migration';
import { boardExportRoutes } from './board.routes';
import { bulletinRoutes } from './bulletins.routes';
import { dashboardRoutes } from './dashboards.routes';
import * as overviewStoreMigration from './overview-store.migration';
import * as territoriesMigration from './territories.migration';
import { TERRITORY_MESSAGES } from './territories.messages';
import { territoryRoutes } from './territories.routes';

/** The dashboards feature: see docs/NEW_FEATURE.md for what each entry means. */
export const dashboardsFeature = defineFeature({
  name: 'dashboards',
  register: (app, deps) => {
    dashboardRoutes(app, deps);
    territoryRoutes(app, deps);
    bulletinRoutes(app, deps);
    boardExportRoutes(app, deps);
  },
  messages: TERRITORY_MESSAGES,
  migrations: { '0050_territorial_scope': territoriesMigration, '0051_published_bulletins': bulletinsMigration, '0090_dashboard_overview_store': overviewStoreMigration,
    '0295_published_bulletin_cards': bulletinsMigration.cardsColumn },
  tables: { territory_overlaps: { key: ['id'] }, territory_settings: { key: ['city_id'] }, published_bulletins: { key: ['id'] },
    dashboard_generation: { key: ['id'], volatile: 'the generation of the dashboards\' inputs: raised at every start of an app server' },
    dashboard_overviews: { key: ['key'], volatile: 'overviews computed when read, stored for the next read' },
  },
  routeCases: () => Promise.all([import('./dashboards.permission-spec'), import('./territories.permission-spec'), import('./bulletins.permission-spec')])
    .then(([a, b, c]) => ({ ...a.ROUTE_CASES, ...b.ROUTE_CASES, ...c.ROUTE_CASES })),
});
