import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { Permission, Role } from '@hongtu/domain';
import type { MenuLabel, Namespace } from '../i18n/namespace';

// What a feature folder (web/src/features/<name>, named as server/src/features/<name>) brings to
// the app: its pages, its menu entries and home shortcuts, its texts. app/features.ts lists the
// manifests; the router, the menu, the home page and i18n are composed from that one list.

/** A component loaded on first render; `preload()` starts loading it earlier (the router does, on navigation). */
export type Lazy<P = object> = LazyExoticComponent<ComponentType<P>> & { preload: () => Promise<unknown> };
export type Page = Lazy;

/**
 * A component of a module loaded on first render or first `preload()`, whichever comes first:
 * `lazyNamed(() => import('./X'), 'X')`. A failed load is forgotten, so a later render asks again.
 */
export function lazyNamed<K extends string, P = object>(load: () => Promise<Record<K, ComponentType<P>>>, name: K): Lazy<P> {
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const get = () =>
    (loading ??= load().then(
      (m) => ({ default: m[name] }),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  return Object.assign(lazy(get), { preload: get });
}

/** A page loaded on first visit: `lazyPage(() => import('./pages/X'), 'X')`. */
export function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): Page {
  return lazyNamed(load, name);
}

/** What a route's prefetch may use: the query cache, and the URL it is about to show. */
export interface PrefetchContext {
  queryClient: QueryClient;
  params: Readonly<Record<string, string | undefined>>;
  search: URLSearchParams;
}

export interface FeatureRoute {
  /** As react-router writes it, under the app root ('' is the home page); '/login' for public pages. */
  path: string;
  page: Page;
  /** What the user's role must be allowed to open it (packages/domain access.ts); none: any signed-in user. */
  permission?: Permission;
  /** 'app' (default): inside the signed-in layout; 'screen': signed in, full window; 'public': no sign-in. */
  frame?: 'app' | 'screen' | 'public';
  /** The menu entry highlighted on this page when it is not the one at the same first path segment. */
  menuKey?: string;
  /**
   * Starts the page's first queries as soon as the route is chosen, alongside the session check and
   * the page's code, instead of after both (use the page's own query options: same key, same fetch).
   * Errors are the page's to show: the prefetch ignores them.
   */
  prefetch?: (context: PrefetchContext) => void;
}

export interface MenuEntry {
  key: string;
  path: string;
  icon: ReactNode;
  /**
   * The entry's name in every language, from the feature's small table (features/<name>/i18n/menu.ts):
   * the menu draws without the feature's texts, which load with its pages. A component (reading the
   * shell's texts, 'translation') for the entries of the shell's own pages.
   */
  label: MenuLabel | ComponentType;
  /** Position in the side menu, ascending; the same order for every role. */
  order: number;
  /** Shown to roles with this permission; none: to everyone signed in. */
  permission?: Permission;
  /**
   * Roles the permission table allows the page but the menu leaves out: a choice of the menu,
   * not a refusal (the page stays open to them by URL, as the server allows its data).
   */
  hiddenFrom?: readonly Role[];
  /** Also a shortcut card on the home page. */
  shortcut: boolean;
}

export interface FeatureManifest<N extends Namespace | null = null> {
  /** The feature folder's name, the same as the server's. */
  name: string;
  routes: readonly FeatureRoute[];
  menu: readonly MenuEntry[];
  /** The feature's i18next namespace, or null when its texts are the shell's ('translation'). */
  i18n: N;
}
