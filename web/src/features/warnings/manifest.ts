import { lazyPage, type FeatureManifest } from '../../app/feature';
import { warningsNamespace } from './i18n';

/** The warning rules (red / yellow cards) and their editor; reached from the warning board. */
export const warningsFeature: FeatureManifest<typeof warningsNamespace> = {
  name: 'warnings',
  routes: [
    {
      path: 'warning-rules',
      permission: 'warning_rule.manage',
      menuKey: 'warnings',
      page: lazyPage(() => import('./pages/WarningRulesPage'), 'WarningRulesPage'),
    },
  ],
  menu: [],
  i18n: warningsNamespace,
};
