import type { MenuLabel } from '../../../i18n/namespace';

/** The menu's names of the feature's pages, in every language: with the shell, so the menu draws before the feature's texts load. */
export const targetsMenu = {
  targets: { 'zh-CN': '目标管理', 'zh-TW': '目標管理', en: 'Targets' },
  settings: { 'zh-CN': '指标设置', 'zh-TW': '指標設定', en: 'Indicator settings' },
} as const satisfies Record<string, MenuLabel>;
