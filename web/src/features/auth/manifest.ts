import { lazyPage, type FeatureManifest } from '../../app/feature';

/** Sign-in (public) and the language; its texts are the shell's. */
export const authFeature: FeatureManifest = {
  name: 'auth',
  routes: [{ path: '/login', frame: 'public', page: lazyPage(() => import('./pages/LoginPage'), 'LoginPage') }],
  menu: [],
  i18n: null,
};
