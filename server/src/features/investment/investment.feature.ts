import { defineFeature } from '../../platform/features/feature';
import { INVESTMENT_MESSAGES } from './investment.messages';
import { investmentMigrations } from './investment.migrations';
import { investmentRoutes } from './investment.routes';
// The feature's tables join the Database type wherever the feature is compiled (declaration merging).
import type {} from './investment.table';

/**
 * 招商引资: leads along the pipeline 线索 → 洽谈 → 签约 → 注册 → 开工 → 投产 with their visits and
 * meetings, duplicate pursuit between districts, signed contracts and their monthly funds in place
 * (reconciled with the reported indicators), 招商活动, the funnel, the districts' rates and ranking;
 * a signed contract becomes a major project through the projects' public function.
 */
export const investmentFeature = defineFeature({
  name: 'investment',
  register: investmentRoutes,
  migrations: investmentMigrations,
  messages: INVESTMENT_MESSAGES,
  tables: {
    investment_activities: { key: ['id'] },
    investment_leads: { key: ['id'] },
    investment_lead_events: { key: ['id'] },
    investment_contracts: { key: ['id'] },
    investment_funds: { key: ['id'] },
    investment_settings: { key: ['id'] },
  },
  routeCases: () => import('./investment.permission-spec').then((m) => m.ROUTE_CASES),
});
