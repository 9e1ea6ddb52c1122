import type { MenuLabel } from '../../../i18n/namespace';

/** The menu's names of the feature's pages, in every language: with the shell, so the menu draws before the feature's texts load. */
export const enterprisesMenu = {
  enterprises: { 'zh-CN': '企业库', 'zh-TW': '企業庫', en: 'Enterprises' },
} as const satisfies Record<string, MenuLabel>;
