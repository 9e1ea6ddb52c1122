import { can, type Role } from '@hongtu/domain';
import type { FeatureRoute, MenuEntry } from './feature';
import { FEATURES } from './features';

/** Every menu entry of every feature, in menu order. */
export const MENU: readonly MenuEntry[] = FEATURES.flatMap((f) => f.menu).sort((a, b) => a.order - b.order);
const ROUTES: readonly FeatureRoute[] = FEATURES.flatMap((f) => f.routes);

/** The entries a role sees: those its permissions allow (the server's table), less the menu's own omissions. */
export function menuEntriesFor(role: Role): MenuEntry[] {
  return MENU.filter((e) => (!e.permission || can(role, e.permission)) && !e.hiddenFrom?.includes(role));
}

/** The menu each role sees, by key; the server refuses the rest (admin ≠ auditor, reviewer ≠ operator). */
export function menuFor(role: Role): string[] {
  return menuEntriesFor(role).map((e) => e.key);
}

/** The home page's shortcut cards. */
export function shortcutsFor(role: Role): MenuEntry[] {
  return menuEntriesFor(role).filter((e) => e.shortcut);
}

const firstSegment = (path: string) => path.replace(/^\//, '').split('/')[0] ?? '';

/** The menu entry a path belongs to, for highlighting. */
export function navKeyOf(pathname: string): string {
  const segment = firstSegment(pathname);
  const home = 'home';
  if (segment === '') return home;
  // A page with an entry of its own below another entry's segment (/project-problems/dispatch) is that entry's.
  const nested = MENU.filter((e) => e.path.split('/').length > 2 && (pathname === e.path || pathname.startsWith(`${e.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0];
  if (nested) return nested.key;
  const route = ROUTES.find((r) => r.menuKey && firstSegment(r.path) === segment);
  return route?.menuKey ?? MENU.find((e) => firstSegment(e.path) === segment)?.key ?? home;
}

// The sign-in page imports it from safe-next.ts, without the feature list above.
export { safeNext } from './safe-next';
