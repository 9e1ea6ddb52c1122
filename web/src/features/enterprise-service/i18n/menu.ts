import type { MenuLabel } from '../../../i18n/namespace';

/** The menu's names of the feature's pages, in every language: with the shell, so the menu draws before the feature's texts load. */
export const enterpriseServiceMenu = {
  problems: { 'zh-CN': '企业诉求', 'zh-TW': '企業訴求', en: 'Enterprise problems' },
  board: { 'zh-CN': '包保与培育', 'zh-TW': '包保與培育', en: 'Liaisons and cultivation' },
} as const satisfies Record<string, MenuLabel>;
