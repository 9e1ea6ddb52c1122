import { AimOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { lazyPage, type FeatureManifest } from '../../app/feature';
import { targetsNamespace } from './i18n';

function TargetsLabel() {
  const { t } = useTranslation('targets');
  return t('menu.targets');
}

/** The city's annual targets, schedules and responsibilities per district. */
export const targetsFeature: FeatureManifest<typeof targetsNamespace> = {
  name: 'targets',
  routes: [
    { path: 'targets', permission: 'target.manage', page: lazyPage(() => import('./pages/TargetsPage'), 'TargetsPage') },
    { path: 'targets/import', permission: 'target.manage', page: lazyPage(() => import('./pages/TargetImportPage'), 'TargetImportPage') },
  ],
  menu: [{ key: 'targets', path: '/targets', icon: <AimOutlined />, label: TargetsLabel, order: 60, permission: 'target.manage', shortcut: true }],
  i18n: targetsNamespace,
};
