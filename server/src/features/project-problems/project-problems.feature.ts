import { defineFeature } from '../../platform/features/feature';
import { PROJECT_PROBLEMS_MESSAGES } from './project-problems.messages';
import { projectProblemsMigrations } from './project-problems.migrations';
import { projectProblemsRoutes } from './project-problems.routes';

/**
 * 项目问题: problems raised on major projects, sent to departments with deadlines in working days,
 * answered, returned, closed, supervised; the city's dispatch list and its workbook. A feature of
 * its own beside `projects` so that each stays small; it reads the projects' table directly.
 */
export const projectProblemsFeature = defineFeature({
  name: 'project-problems',
  register: projectProblemsRoutes,
  migrations: projectProblemsMigrations,
  messages: PROJECT_PROBLEMS_MESSAGES,
  tables: {
    project_problems: { key: ['id'] },
    project_problem_events: { key: ['id'] },
  },
  routeCases: () => import('./project-problems.permission-spec').then((m) => m.ROUTE_CASES),
});
