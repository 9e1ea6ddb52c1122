import type { MenuLabel } from '../../../i18n/namespace';

/** The menu's names of the feature's pages, in every language: with the shell, so the menu draws before the feature's texts load. */
export const reportsMenu = {
  reports: { 'zh-CN': '报告', 'zh-TW': '報告', en: 'Reports' },
} as const satisfies Record<string, MenuLabel>;
