import type { MenuLabel } from '../../../i18n/namespace';

/** The menu's names of the feature's pages, in every language: with the shell, so the menu draws before the feature's texts load. */
export const dashboardsMenu = {
  dashboard: { 'zh-CN': '经济运行总览', 'zh-TW': '經濟運行總覽', en: 'Overview' },
  warnings: { 'zh-CN': '预警落后席', 'zh-TW': '預警落後席', en: 'Warnings' },
} as const satisfies Record<string, MenuLabel>;
