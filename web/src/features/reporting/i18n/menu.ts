import type { MenuLabel } from '../../../i18n/namespace';

/** The menu's names of the feature's pages, in every language: with the shell, so the menu draws before the feature's texts load. */
export const reportingMenu = {
  reporting: { 'zh-CN': '月度填报', 'zh-TW': '月度填報', en: 'Monthly report' },
  review: { 'zh-CN': '审核调度', 'zh-TW': '審核調度', en: 'Review' },
} as const satisfies Record<string, MenuLabel>;
