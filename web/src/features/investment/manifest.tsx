import { FunnelPlotOutlined, ShopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { lazyPage, type FeatureManifest } from '../../app/feature';
import { investmentNamespace } from './i18n';

function LeadsLabel() {
  const { t } = useTranslation('investment');
  return t('menu.leads');
}
function AnalysisLabel() {
  const { t } = useTranslation('investment');
  return t('menu.analysis');
}

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
    { key: 'investment', path: '/investment', icon: <ShopOutlined />, label: LeadsLabel, order: 54, permission: 'lead.read', shortcut: true },
    { key: 'investment/analysis', path: '/investment/analysis', icon: <FunnelPlotOutlined />, label: AnalysisLabel, order: 55, permission: 'lead.read', shortcut: true },
  ],
  i18n: investmentNamespace,
};
