import type { MenuLabel } from '../../../i18n/namespace';

/** The menu's names of the feature's pages, in every language: with the shell, so the menu draws before the feature's texts load. */
export const investmentMenu = {
  leads: { 'zh-CN': '招商线索', 'zh-TW': '招商線索', en: 'Investment leads' },
  analysis: { 'zh-CN': '招商分析', 'zh-TW': '招商分析', en: 'Investment analysis' },
} as const satisfies Record<string, MenuLabel>;
