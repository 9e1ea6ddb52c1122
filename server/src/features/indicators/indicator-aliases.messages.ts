import type { MessageCatalogue } from '../../platform/i18n/catalogue';

/** The indicators' aliases (another name the Excel import recognises). */
export const INDICATOR_ALIAS_MESSAGES = {
  INDICATOR_ALIAS_TAKEN: {
    'zh-CN': '“{alias}”已是指标“{indicator}”的名称或别名',
    'zh-TW': '「{alias}」已是指標「{indicator}」的名稱或別名',
    en: '"{alias}" is already a name or alias of the indicator "{indicator}"',
  },
  INDICATOR_ALIAS_BLANK: {
    'zh-CN': '别名去掉编号、“其中”和括号内的单位后为空',
    'zh-TW': '別名去掉編號、「其中」和括號內的單位後為空',
    en: 'The alias is empty once numbering, "其中" and units in brackets are left out',
  },
} satisfies MessageCatalogue;
