import type { MenuLabel } from '../../../i18n/namespace';

/** The menu's names of the feature's pages, in every language: with the shell, so the menu draws before the feature's texts load. */
export const documentsMenu = {
  documents: { 'zh-CN': '公开文件', 'zh-TW': '公開文件', en: 'Published documents' },
} as const satisfies Record<string, MenuLabel>;
