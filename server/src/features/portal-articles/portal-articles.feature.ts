import { defineFeature } from '../../platform/features/feature';
import { portalArticleJobs } from './portal-articles.jobs';
import { PORTAL_ARTICLES_MESSAGES } from './portal-articles.messages';
import { portalArticlesMigrations } from './portal-articles.migrations';
import { portalArticlesRoutes } from './portal-articles.routes';
// The feature's tables join the Database type wherever the feature is compiled (declaration merging).
import type {} from './portal-articles.table';

/** The portal-articles feature (门户文章): see docs/NEW_FEATURE.md for what each entry means. */
export const portalArticlesFeature = defineFeature({
  name: 'portal-articles',
  register: portalArticlesRoutes,
  migrations: portalArticlesMigrations,
  messages: PORTAL_ARTICLES_MESSAGES,
  tables: {
    portal_articles: { key: ['id'] },
    portal_article_versions: { key: ['id'] },
    portal_feed_generation: { key: ['id'] },
  },
  jobs: portalArticleJobs,
  routeCases: () => import('./portal-articles.permission-spec').then((m) => m.ROUTE_CASES),
});
