import { TagsOutlined } from '@ant-design/icons';
import { lazyPage, type FeatureManifest } from '../../app/feature';
import { spreadsheetsNamespace } from './i18n';
import { spreadsheetsMenu } from './i18n/menu';

/**
 * The Excel round trip of a month (template, dry-run import, commit): a dialog of the month page;
 * and the page where the city keeps the indicators' other names the import recognises.
 */
export const spreadsheetsFeature: FeatureManifest<typeof spreadsheetsNamespace> = {
  name: 'spreadsheets',
  routes: [
    { path: 'indicator-aliases', permission: 'indicator_alias.manage', page: lazyPage(() => import('./pages/IndicatorAliasesPage'), 'IndicatorAliasesPage') },
  ],
  menu: [
    { key: 'indicator-aliases', path: '/indicator-aliases', icon: <TagsOutlined />, label: spreadsheetsMenu.aliases, order: 65, permission: 'indicator_alias.manage', shortcut: true },
  ],
  i18n: spreadsheetsNamespace,
};
