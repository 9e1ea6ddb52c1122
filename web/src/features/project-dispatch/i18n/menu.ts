import type { MenuLabel } from '../../../i18n/namespace';

/** The menu's names of the feature's pages, in every language: with the shell, so the menu draws before the feature's texts load. */
export const projectDispatchMenu = {
  projectDispatch: { 'zh-CN': '项目调度', 'zh-TW': '項目調度', en: 'Project dispatch' },
  projectDashboard: { 'zh-CN': '项目看板', 'zh-TW': '項目看板', en: 'Project dashboard' },
} as const satisfies Record<string, MenuLabel>;
