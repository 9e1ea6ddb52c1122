import type { zhCN } from './locales/zh-CN';

/** The same keys as the default language, every leaf a string. */
export type Dict<T> = { [K in keyof T]: T[K] extends string ? string : Dict<T[K]> };
export type Messages = Dict<typeof zhCN>;
