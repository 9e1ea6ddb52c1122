import type { MessageCatalogue } from '../../platform/i18n/catalogue';

/** The indicator catalogue and amounts as users type them (amount codec). */
export const INDICATORS_MESSAGES = {
  UNKNOWN_INDICATOR: {
    'zh-CN': '未知指标“{code}”',
    'zh-TW': '未知指標「{code}」',
    en: 'Unknown indicator "{code}"',
  },
  NUMBER_INVALID: {
    'zh-CN': '“{value}”不是有效的数字',
    'zh-TW': '「{value}」不是有效的數字',
    en: '"{value}" is not a valid number',
  },
  NUMBER_TOO_PRECISE: {
    'zh-CN': '“{value}”的小数位数过多',
    'zh-TW': '「{value}」的小數位數過多',
    en: '"{value}" has too many decimal places',
  },
} satisfies MessageCatalogue;
