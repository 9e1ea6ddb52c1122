import type { Dict } from './types';

/**
 * A feature's i18next namespace: its name and its texts in every language, zh-CN giving the shape
 * the others follow. The app registers every feature's namespace (app/i18n.ts) and types `t` by them.
 */
export interface Namespace<N extends string = string, R extends object = object> {
  readonly name: N;
  readonly resources: { readonly 'zh-CN': R; readonly 'zh-TW': Dict<R>; readonly en: Dict<R> };
}

export function namespace<const N extends string, R extends object>(name: N, resources: Namespace<N, R>['resources']): Namespace<N, R> {
  return { name, resources };
}
