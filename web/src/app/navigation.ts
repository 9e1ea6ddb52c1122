import type { Role } from '@hongtu/contracts';

export type NavKey = 'home' | 'dashboard' | 'q1' | 'warnings' | 'reporting' | 'review' | 'targets' | 'organisations' | 'users' | 'audit';

export const NAV_PATHS: Record<NavKey, string> = {
  home: '/',
  dashboard: '/dashboard',
  q1: '/q1',
  warnings: '/warnings',
  reporting: '/reporting',
  review: '/review',
  targets: '/targets',
  organisations: '/organisations',
  users: '/users',
  audit: '/audit',
};

/** The menu each role sees; the server enforces the same split (admin ≠ auditor, reviewer ≠ operator). */
export function menuFor(role: Role): NavKey[] {
  switch (role) {
    case 'system_admin':
      return ['home', 'dashboard', 'organisations', 'users'];
    case 'auditor':
      return ['home', 'organisations', 'audit'];
    case 'city_reviewer':
      return ['home', 'dashboard', 'q1', 'warnings', 'review', 'targets', 'organisations'];
    case 'district_operator':
      return ['home', 'reporting', 'dashboard', 'q1', 'warnings', 'organisations'];
    case 'leader':
      return ['home', 'dashboard', 'q1', 'warnings', 'organisations'];
    default:
      return ['home', 'dashboard', 'warnings', 'organisations'];
  }
}

/** The menu entry a path belongs to, for highlighting. */
export function navKeyOf(pathname: string): NavKey {
  const first = pathname.split('/')[1] ?? '';
  if (first === 'warning-rules') return 'warnings';
  return (['dashboard', 'q1', 'warnings', 'reporting', 'review', 'targets', 'organisations', 'users', 'audit'] as const).find((k) => k === first) ?? 'home';
}

/** A post-login target that stays on this site; anything else goes home. */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || next.startsWith('/login')) return '/';
  return next;
}
