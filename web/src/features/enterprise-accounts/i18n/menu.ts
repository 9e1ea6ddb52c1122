import type { MenuLabel } from '../../../i18n/namespace';

/** The menu's names of the feature's pages, in every language: with the shell, so the menu draws before the feature's texts load. */
export const enterpriseAccountsMenu = {
  enterpriseAccounts: { 'zh-CN': '企业入驻审核', 'zh-TW': '企業入駐審核', en: 'Company sign-ups' },
} as const satisfies Record<string, MenuLabel>;
