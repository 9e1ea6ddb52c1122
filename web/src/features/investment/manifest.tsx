import { FunnelPlotOutlined, ShopOutlined } from '@ant-design/icons';
import { lazyPage, type FeatureManifest } from '../../app/feature';
import { investmentNamespace } from './i18n';
import { investmentMenu } from './i18n/menu';

/**
 * 招商引资: the pipeline's leads and a lead's record (visits, contract, funds in place, its major
 * project); the funnel, the districts' rates and ranking, the reconciliation and 招商活动.
 */
export const investmentFeature: FeatureManifest<typeof investmentNamespace> = {
  name: 'investment',
  routes: [
    { path: 'investment', permission: 'lead.read', page: lazyPage(() => import('./pages/LeadsPage'), 'LeadsPage') },
    { path: 'investment/analysis', permission: 'lead.read', page: lazyPage(() => import('./pages/InvestmentAnalysisPage'), 'InvestmentAnalysisPage') },
    { path: 'investment/leads/:id', permission: 'lead.read', page: lazyPage(() => import('./pages/LeadPage'), 'LeadPage'), menuKey: 'investment' },
  ],
  menu: [
    { key: 'investment', path: '/investment', icon: <ShopOutlined />, label: investmentMenu.leads, order: 54, permission: 'lead.read', shortcut: true },
    { key: 'investment/analysis', path: '/investment/analysis', icon: <FunnelPlotOutlined />, label: investmentMenu.analysis, order: 55, permission: 'lead.read', shortcut: true },
  ],
  i18n: investmentNamespace,
};
