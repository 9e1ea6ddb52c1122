import { AuditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { lazyPage, type FeatureManifest } from '../../app/feature';
import { auditNamespace } from './i18n';

function AuditLabel() {
  const { t } = useTranslation();
  return t('nav.audit');
}

/** The audit trail (the auditor); its texts are the shell's, those of kept heads and checks its own namespace's. */
export const auditFeature: FeatureManifest<typeof auditNamespace> = {
  name: 'audit',
  routes: [{ path: 'audit', permission: 'audit.read', page: lazyPage(() => import('./pages/AuditPage'), 'AuditPage') }],
  menu: [{ key: 'audit', path: '/audit', icon: <AuditOutlined />, label: AuditLabel, order: 90, permission: 'audit.read', shortcut: true }],
  i18n: auditNamespace,
};
