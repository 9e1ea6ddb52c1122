import type { MenuLabel } from '../../../i18n/namespace';

/** The menu's names of the feature's pages, in every language: with the shell, so the menu draws before the feature's texts load. */
export const portalSubmissionsMenu = {
  inbox: { 'zh-CN': '门户来信', 'zh-TW': '門戶來信', en: 'Portal submissions' },
} as const satisfies Record<string, MenuLabel>;
