import type { MenuLabel } from '../../../i18n/namespace';

/** The menu's names of the feature's pages, in every language: with the shell, so the menu draws before the feature's texts load. */
export const projectsMenu = {
  projects: { 'zh-CN': '重大项目', 'zh-TW': '重大項目', en: 'Major projects' },
} as const satisfies Record<string, MenuLabel>;
