import { lazyPage, type FeatureManifest } from '../../app/feature';
import { authNamespace } from './i18n';

/** Sign-in (public), the language, and the user's own account page (two-step verification); the sign-in form's texts are the shell's. */
export const authFeature: FeatureManifest<typeof authNamespace> = {
  name: 'auth',
  routes: [
    { path: '/login', frame: 'public', page: lazyPage(() => import('./pages/LoginPage'), 'LoginPage') },
    { path: 'account', page: lazyPage(() => import('./pages/AccountPage'), 'AccountPage') },
  ],
  menu: [],
  i18n: authNamespace,
};
