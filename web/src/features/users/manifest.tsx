import { TeamOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { lazyPage, type FeatureManifest } from '../../app/feature';
import { usersNamespace } from './i18n';

function UsersLabel() {
  const { t } = useTranslation();
  return t('nav.users');
}

/** User administration (the system admin); its texts are the shell's, those of position, telephone and the password step its own namespace's. */
export const usersFeature: FeatureManifest<typeof usersNamespace> = {
  name: 'users',
  routes: [{ path: 'users', permission: 'user.read', page: lazyPage(() => import('./pages/UsersPage'), 'UsersPage') }],
  menu: [{ key: 'users', path: '/users', icon: <TeamOutlined />, label: UsersLabel, order: 80, permission: 'user.read', shortcut: true }],
  i18n: usersNamespace,
};
