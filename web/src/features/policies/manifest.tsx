import { AppstoreOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { lazyPage, type FeatureManifest } from '../../app/feature';
import { policiesNamespace } from './i18n';

function PoliciesLabel() {
  const { t } = useTranslation('policies');
  return t('menu.policies');
}

/** 政策库: its page, menu entry and home shortcut, its texts. */
export const policiesFeature: FeatureManifest<typeof policiesNamespace> = {
  name: 'policies',
  routes: [{ path: 'policies', permission: 'policy.read', page: lazyPage(() => import('./pages/PoliciesPage'), 'PoliciesPage') }],
  menu: [{ key: 'policies', path: '/policies', icon: <AppstoreOutlined />, label: PoliciesLabel, order: 53, permission: 'policy.read', shortcut: true }],
  i18n: policiesNamespace,
};
