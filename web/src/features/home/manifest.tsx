import { HomeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { lazyPage, type FeatureManifest } from '../../app/feature';

function HomeLabel() {
  const { t } = useTranslation();
  return t('nav.home');
}

/** The landing page: who you are, and a shortcut to every page your menu offers. */
export const homeFeature: FeatureManifest = {
  name: 'home',
  routes: [{ path: '', page: lazyPage(() => import('./pages/HomePage'), 'HomePage') }],
  menu: [{ key: 'home', path: '/', icon: <HomeOutlined />, label: HomeLabel, order: 0, shortcut: false }],
  i18n: null,
};
