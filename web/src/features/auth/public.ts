// What the rest of the app may use of auth: the signed-in user and session, permissions, the UI language, the password dialog, signing out.
export { replaceSession, useCan, useCurrentUser, useLogout, useMe } from './api';
export { ChangePasswordDialog } from './components/ChangePasswordDialog';
export { useLanguage } from './useLanguage';
