import type { Locale } from '@hongtu/contracts';
import type { Dict } from './types';

/** A language's texts, given as they are or as the import that loads them when the language is first wanted. */
export type Texts<R> = R | (() => Promise<R>);

/**
 * A feature's i18next namespace: its name and its texts in every language, zh-CN giving the shape
 * the others follow. The app registers every feature's namespace (app/i18n-start.ts) and types `t`
 * by them. Each language may be given as an import (`lazyNamespace`): a feature's texts then load
 * with its first page, in the language chosen, not with the signed-in shell (app/routes.tsx).
 */
export interface Namespace<N extends string = string, R extends object = object> {
  readonly name: N;
  readonly resources: { readonly 'zh-CN': Texts<R>; readonly 'zh-TW': Texts<Dict<R>>; readonly en: Texts<Dict<R>> };
  /** Types only (never set): the shape of the texts, zh-CN's. */
  readonly shape?: R;
}

/** A namespace whose zh-CN texts are given as they are (the other languages may be imports). */
export function namespace<const N extends string, R extends object>(
  name: N,
  resources: { readonly 'zh-CN': R; readonly 'zh-TW': Texts<Dict<R>>; readonly en: Texts<Dict<R>> },
): Namespace<N, R> {
  return { name, resources };
}

/**
 * A namespace whose texts, in every language, load when first needed: with the feature's first
 * page (its route starts them alongside the page's code) or when the language is changed.
 * `lazyNamespace('x', { 'zh-CN': () => import('./zh-CN').then((m) => m.xZhCN), 'zh-TW': …, en: … })`.
 */
export function lazyNamespace<const N extends string, R extends object>(
  name: N,
  resources: { readonly 'zh-CN': () => Promise<R>; readonly 'zh-TW': () => Promise<Dict<R>>; readonly en: () => Promise<Dict<R>> },
): Namespace<N, R> {
  return { name, resources };
}

/**
 * A menu entry's name in every language (a few words), kept with the shell in a small table per
 * feature (features/<name>/i18n/menu.ts) so the side menu and the home page's shortcuts draw
 * without loading any feature's texts.
 */
export type MenuLabel = Readonly<Record<Locale, string>>;
