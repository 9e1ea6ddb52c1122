import type { Dict } from './types';

/** A language's texts, given as they are or as the import that loads them when the language is first wanted. */
export type Texts<R> = R | (() => Promise<R>);

/**
 * A feature's i18next namespace: its name and its texts in every language, zh-CN giving the shape
 * the others follow. The app registers every feature's namespace (app/i18n.ts) and types `t` by them.
 * zh-CN (the default) is given as it is; the other languages may be given as imports
 * (`en: () => import('./en').then((m) => m.xEn)`), loaded only by those who choose them.
 */
export interface Namespace<N extends string = string, R extends object = object> {
  readonly name: N;
  readonly resources: { readonly 'zh-CN': R; readonly 'zh-TW': Texts<Dict<R>>; readonly en: Texts<Dict<R>> };
}

export function namespace<const N extends string, R extends object>(name: N, resources: Namespace<N, R>['resources']): Namespace<N, R> {
  return { name, resources };
}
