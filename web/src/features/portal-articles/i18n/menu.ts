import type { MenuLabel } from '../../../i18n/namespace';

/** The menu's names of the feature's pages, in every language: with the shell, so the menu draws before the feature's texts load. */
export const portalArticlesMenu = {
  portalArticles: { 'zh-CN': '门户文章', 'zh-TW': '門戶文章', en: 'Portal articles' },
} as const satisfies Record<string, MenuLabel>;
