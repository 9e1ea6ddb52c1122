import { lazy } from 'react';
// What the rest of the app may use of auth: the signed-in user and session (and its prefetch), permissions, the UI language, the password dialog, signing out,
// the account page's menu label and the administrator's reset of a user's second factor.
export { prefetchSession, replaceSession, useCan, useCurrentUser, useLogout, useMe } from './api';
export { ResetSecondFactorButton } from './components/ResetSecondFactorButton';
export { AccountMenuLabel } from './components/AccountMenuLabel';
export { useLanguage } from './useLanguage';

/** The password dialog, loaded when first shown (its form is not part of every page). */
export const ChangePasswordDialog = lazy(() => import('./components/ChangePasswordDialog').then((m) => ({ default: m.ChangePasswordDialog })));
