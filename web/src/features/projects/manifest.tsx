import { ProjectOutlined } from '@ant-design/icons';
import { lazyPage, type FeatureManifest } from '../../app/feature';
import { projectsNamespace } from './i18n';
import { projectsMenu } from './i18n/menu';

/**
 * 重大项目: the project library (list, form, project page) and each project's monthly reports,
 * filed by the district and reviewed by the city. The system administrator and the auditor may
 * read projects (the server allows it) but the menu leaves them out: not their work.
 */
export const projectsFeature: FeatureManifest<typeof projectsNamespace> = {
  name: 'projects',
  routes: [
    { path: 'projects', permission: 'project.read', page: lazyPage(() => import('./pages/ProjectsPage'), 'ProjectsPage') },
    { path: 'projects/new', permission: 'project.enter', page: lazyPage(() => import('./pages/ProjectFormPage'), 'ProjectFormPage'), menuKey: 'projects' },
    { path: 'projects/:id', permission: 'project.read', page: lazyPage(() => import('./pages/ProjectPage'), 'ProjectPage'), menuKey: 'projects' },
    { path: 'projects/:id/edit', permission: 'project.enter', page: lazyPage(() => import('./pages/ProjectFormPage'), 'ProjectFormPage'), menuKey: 'projects' },
    { path: 'projects/:id/reports/:periodKey', permission: 'project.read', page: lazyPage(() => import('./pages/ReportPage'), 'ReportPage'), menuKey: 'projects' },
  ],
  menu: [{
    key: 'projects', path: '/projects', icon: <ProjectOutlined />, label: projectsMenu.projects, order: 45, permission: 'project.read',
    hiddenFrom: ['system_admin', 'auditor'], shortcut: true,
  }],
  i18n: projectsNamespace,
};
