// What the rest of the app may use of auth: the signed-in user, their permissions, the UI language, signing out.
export { replaceSession, useCan, useCurrentUser, useLogout, useMe } from './api';
export { ChangePasswordDialog } from './components/ChangePasswordDialog';
export { useLanguage } from './useLanguage';
