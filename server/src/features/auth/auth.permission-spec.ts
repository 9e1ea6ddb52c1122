import type { RouteCase } from '../../platform/permissions/route-case';
import { unique, user } from '../../test/permission-fixtures';

const ADMIN = ['system_admin'] as const;

/** auth routes in the permission table (who may call them; own / other organisation). */
export const ROUTE_CASES: Record<string, RouteCase> = {
  'POST /api/auth/login': {
    allowed: 'public', scoped: false, ok: 401,
    request: async () => ({ url: '/api/auth/login', payload: { username: unique('nobody'), password: 'Wrong#Pass1' } }),
  },
  'POST /api/auth/logout': { allowed: 'signed-in', scoped: false, ok: 204, request: async () => ({ url: '/api/auth/logout' }) },
  'GET /api/auth/me': { allowed: 'signed-in', scoped: false, ok: 200, request: async () => ({ url: '/api/auth/me' }) },
  'POST /api/auth/password': {
    allowed: 'signed-in', scoped: false, ok: 400,
    request: async () => ({ url: '/api/auth/password', payload: { currentPassword: 'not-it', newPassword: 'Another#Pass9' } }),
  },
  // Signed in already: the password step is not pending (password-step.test.ts walks the step itself).
  'POST /api/auth/sign-in/password': {
    allowed: 'signed-in', scoped: false, ok: 409,
    request: async () => ({ url: '/api/auth/sign-in/password', payload: { newPassword: 'Another#Pass9' } }),
  },
  'PUT /api/auth/locale': { allowed: 'signed-in', scoped: false, ok: 204, request: async () => ({ url: '/api/auth/locale', payload: { locale: 'zh-TW' } }) },
  // The actors are signed in (their second step done): verifying again is refused as not pending; a
  // wrong password refuses the enrolment, turning off and new recovery codes alike.
  'POST /api/auth/second-factor/verify': { allowed: 'signed-in', scoped: false, ok: 409, request: async () => ({ url: '/api/auth/second-factor/verify', payload: { code: '123456' } }) },
  'POST /api/auth/second-factor/enrolment': {
    allowed: 'signed-in', scoped: false, ok: 400,
    request: async () => ({ url: '/api/auth/second-factor/enrolment', payload: { password: 'Wrong#Pass1' } }),
  },
  'POST /api/auth/second-factor/enrolment/confirm': {
    allowed: 'signed-in', scoped: false, ok: 409,
    request: async () => ({ url: '/api/auth/second-factor/enrolment/confirm', payload: { code: '123456' } }),
  },
  'GET /api/auth/second-factor': { allowed: 'signed-in', scoped: false, ok: 200, request: async () => ({ url: '/api/auth/second-factor' }) },
  'POST /api/auth/second-factor/disable': {
    allowed: 'signed-in', scoped: false, ok: 400,
    request: async () => ({ url: '/api/auth/second-factor/disable', payload: { password: 'Wrong#Pass1' } }),
  },
  'POST /api/auth/second-factor/recovery-codes': {
    allowed: 'signed-in', scoped: false, ok: 400,
    request: async () => ({ url: '/api/auth/second-factor/recovery-codes', payload: { password: 'Wrong#Pass1' } }),
  },
  // A user of the own organisation without a second factor: nothing to reset.
  'POST /api/users/:id/second-factor/reset': {
    allowed: ADMIN, scoped: true, ok: 409,
    request: async (t, target) => ({ url: `/api/users/${await user(t, target)}/second-factor/reset` }),
  },
};
