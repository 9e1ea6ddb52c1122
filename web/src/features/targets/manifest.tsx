import { AimOutlined, SettingOutlined } from '@ant-design/icons';
import { lazyPage, type FeatureManifest } from '../../app/feature';
import { targetsNamespace } from './i18n';
import { targetsMenu } from './i18n/menu';

/** The city's annual targets, schedules and responsibilities per district. */
export const targetsFeature: FeatureManifest<typeof targetsNamespace> = {
  name: 'targets',
  routes: [
    { path: 'targets', permission: 'target.manage', page: lazyPage(() => import('./pages/TargetsPage'), 'TargetsPage') },
    { path: 'targets/import', permission: 'target.manage', page: lazyPage(() => import('./pages/TargetImportPage'), 'TargetImportPage') },
    { path: 'indicator-settings', permission: 'indicator.configure', page: lazyPage(() => import('./pages/IndicatorSettingsPage'), 'IndicatorSettingsPage') },
  ],
  menu: [
    { key: 'targets', path: '/targets', icon: <AimOutlined />, label: targetsMenu.targets, order: 60, permission: 'target.manage', shortcut: true },
    { key: 'indicator-settings', path: '/indicator-settings', icon: <SettingOutlined />, label: targetsMenu.settings, order: 66, permission: 'indicator.configure', shortcut: true },
  ],
  i18n: targetsNamespace,
};
