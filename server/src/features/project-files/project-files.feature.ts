import { defineFeature } from '../../platform/features/feature';
import { PROJECT_FILES_MESSAGES } from './project-files.messages';
import { projectFilesMigrations } from './project-files.migrations';
import { projectFilesRoutes } from './project-files.routes';

/**
 * 附件: photos and documents on major projects, their monthly reports and the problems raised on
 * them, kept in the file store (platform/files) and served under the parent's permission.
 */
export const projectFilesFeature = defineFeature({
  name: 'project-files',
  register: projectFilesRoutes,
  migrations: projectFilesMigrations,
  messages: PROJECT_FILES_MESSAGES,
  tables: { attachments: { key: ['id'] } },
  routeCases: () => import('./project-files.permission-spec').then((m) => m.ROUTE_CASES),
});
