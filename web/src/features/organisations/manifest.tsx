import { ApartmentOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { lazyPage, type FeatureManifest } from '../../app/feature';

function OrganisationsLabel() {
  const { t } = useTranslation();
  return t('nav.organisations');
}

/** The organisation tree and district groups; its texts are the shell's. */
export const organisationsFeature: FeatureManifest = {
  name: 'organisations',
  routes: [
    { path: 'organisations', permission: 'organisation.read', page: lazyPage(() => import('./pages/OrganisationsPage'), 'OrganisationsPage') },
    { path: 'organisations/:id', permission: 'organisation.read', page: lazyPage(() => import('./pages/OrganisationDetailPage'), 'OrganisationDetailPage') },
  ],
  menu: [
    { key: 'organisations', path: '/organisations', icon: <ApartmentOutlined />, label: OrganisationsLabel, order: 70, permission: 'organisation.read', shortcut: true },
  ],
  i18n: null,
};
