import type { MenuLabel } from '../../../i18n/namespace';

/** The menu's names of the feature's pages, in every language: with the shell, so the menu draws before the feature's texts load. */
export const projectProblemsMenu = {
  projectProblems: { 'zh-CN': '项目问题', 'zh-TW': '項目問題', en: 'Project problems' },
  dispatch: { 'zh-CN': '问题调度', 'zh-TW': '問題調度', en: 'Problem dispatch' },
} as const satisfies Record<string, MenuLabel>;
