import type { Role } from '@hongtu/contracts';

export type NavKey = 'home' | 'organisations' | 'users' | 'audit';

export const NAV_PATHS: Record<NavKey, string> = {
  home: '/',
  organisations: '/organisations',
  users: '/users',
  audit: '/audit',
};

/** The menu each role sees; the server enforces the same split (admin ≠ auditor). */
export function menuFor(role: Role): NavKey[] {
  if (role === 'system_admin') return ['home', 'organisations', 'users'];
  if (role === 'auditor') return ['home', 'organisations', 'audit'];
  return ['home', 'organisations'];
}

/** The menu entry a path belongs to, for highlighting. */
export function navKeyOf(pathname: string): NavKey {
  const first = pathname.split('/')[1] ?? '';
  return (['organisations', 'users', 'audit'] as const).find((k) => k === first) ?? 'home';
}

/** A post-login target that stays on this site; anything else goes home. */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || next.startsWith('/login')) return '/';
  return next;
}
