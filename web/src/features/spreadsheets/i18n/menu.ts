import type { MenuLabel } from '../../../i18n/namespace';

/** The menu's names of the feature's pages, in every language: with the shell, so the menu draws before the feature's texts load. */
export const spreadsheetsMenu = {
  aliases: { 'zh-CN': '指标别名', 'zh-TW': '指標別名', en: 'Indicator aliases' },
} as const satisfies Record<string, MenuLabel>;
