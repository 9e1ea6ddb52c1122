import type { MenuLabel } from '../../../i18n/namespace';

/** The menu's names of the feature's pages, in every language: with the shell, so the menu draws before the feature's texts load. */
export const q1Menu = {
  q1: { 'zh-CN': '开门红', 'zh-TW': '開門紅', en: 'Q1 push' },
} as const satisfies Record<string, MenuLabel>;
