import { AlertOutlined, ScheduleOutlined } from '@ant-design/icons';
import { lazyPage, type FeatureManifest } from '../../app/feature';
import { projectProblemsNamespace } from './i18n';
import { projectProblemsMenu } from './i18n/menu';

/**
 * 项目问题: the problems of the user's projects (district), sent to the user's department, or the
 * city's; raising one with photos; the city's dispatch list. The administrator and the auditor may
 * read them (the server allows it) but the menu leaves them out: not their work.
 */
export const projectProblemsFeature: FeatureManifest<typeof projectProblemsNamespace> = {
  name: 'project-problems',
  routes: [
    { path: 'project-problems', permission: 'problem.read', page: lazyPage(() => import('./pages/ProblemsPage'), 'ProblemsPage') },
    { path: 'project-problems/new', permission: 'problem.raise', page: lazyPage(() => import('./pages/RaiseProblemPage'), 'RaiseProblemPage'), menuKey: 'project-problems' },
    { path: 'project-problems/dispatch', permission: 'problem.dispatch', page: lazyPage(() => import('./pages/DispatchPage'), 'DispatchPage') },
    { path: 'project-problems/:id', permission: 'problem.read', page: lazyPage(() => import('./pages/ProblemPage'), 'ProblemPage'), menuKey: 'project-problems' },
  ],
  menu: [
    {
      key: 'project-problems', path: '/project-problems', icon: <AlertOutlined />, label: projectProblemsMenu.projectProblems, order: 46, permission: 'problem.read',
      hiddenFrom: ['system_admin', 'auditor'], shortcut: true,
    },
    { key: 'project-problems/dispatch', path: '/project-problems/dispatch', icon: <ScheduleOutlined />, label: projectProblemsMenu.dispatch, order: 47, permission: 'problem.dispatch', shortcut: true },
  ],
  i18n: projectProblemsNamespace,
};
