import type { RouteCase } from '../../platform/permissions/route-case';
import { unique } from '../../test/permission-fixtures';

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
  'PUT /api/auth/locale': { allowed: 'signed-in', scoped: false, ok: 204, request: async () => ({ url: '/api/auth/locale', payload: { locale: 'zh-TW' } }) },
};
