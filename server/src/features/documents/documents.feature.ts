import { defineFeature } from '../../platform/features/feature';
import { documentJobs } from './documents.jobs';
import { DOCUMENTS_MESSAGES } from './documents.messages';
import { documentsMigrations } from './documents.migrations';
import { documentsRoutes } from './documents.routes';

/**
 * Published documents (工作报告, 计划执行情况, news, 政府信息公开 pages): ingested in the background,
 * kept with their original text, every figure read out of them, searched in Chinese.
 */
export const documentsFeature = defineFeature({
  name: 'documents',
  register: documentsRoutes,
  migrations: documentsMigrations,
  messages: DOCUMENTS_MESSAGES,
  tables: {
    documents: { key: ['id'] },
    document_figures: { key: ['id'] },
  },
  jobs: documentJobs,
  routeCases: () => import('./documents.permission-spec').then((m) => m.ROUTE_CASES),
});
