import type { MenuLabel } from '../../../i18n/namespace';

/** The menu's names of the feature's pages, in every language: with the shell, so the menu draws before the feature's texts load. */
export const policiesMenu = {
  policies: { 'zh-CN': '政策库', 'zh-TW': '政策庫', en: 'Policies' },
} as const satisfies Record<string, MenuLabel>;
