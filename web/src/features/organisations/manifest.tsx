import { ApartmentOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { lazyPage, type FeatureManifest } from '../../app/feature';
import { organisationsNamespace } from './i18n';

function OrganisationsLabel() {
  const { t } = useTranslation();
  return t('nav.organisations');
}

/** The organisation tree, district groups and departments' read grants; its texts are the shell's, those of read grants its own namespace's. */
export const organisationsFeature: FeatureManifest<typeof organisationsNamespace> = {
  name: 'organisations',
  routes: [
    { path: 'organisations', permission: 'organisation.read', page: lazyPage(() => import('./pages/OrganisationsPage'), 'OrganisationsPage') },
    { path: 'organisations/:id', permission: 'organisation.read', page: lazyPage(() => import('./pages/OrganisationDetailPage'), 'OrganisationDetailPage') },
  ],
  menu: [
    { key: 'organisations', path: '/organisations', icon: <ApartmentOutlined />, label: OrganisationsLabel, order: 70, permission: 'organisation.read', shortcut: true },
  ],
  i18n: organisationsNamespace,
};
