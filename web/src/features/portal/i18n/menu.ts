import type { MenuLabel } from '../../../i18n/namespace';

/** The menu's names of the feature's pages, in every language: with the shell, so the menu draws before the feature's texts load. */
export const portalMenu = {
  portalAdmin: { 'zh-CN': '投资机会（门户）', 'zh-TW': '投資機會（門戶）', en: 'Portal opportunities' },
} as const satisfies Record<string, MenuLabel>;
