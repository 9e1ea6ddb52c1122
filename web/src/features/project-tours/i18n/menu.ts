import type { MenuLabel } from '../../../i18n/namespace';

/** The menu's names of the feature's pages, in every language: with the shell, so the menu draws before the feature's texts load. */
export const projectToursMenu = {
  projectTours: { 'zh-CN': '观摩拉练', 'zh-TW': '觀摩拉練', en: 'Inspection tours' },
} as const satisfies Record<string, MenuLabel>;
