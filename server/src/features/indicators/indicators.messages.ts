import type { MessageCatalogue } from '../../platform/i18n/catalogue';

/** The indicator catalogue and amounts as users type them (amount codec). */
export const INDICATORS_MESSAGES = {
  UNKNOWN_INDICATOR: {
    'zh-CN': '未知指标“{code}”',
    'zh-TW': '未知指標「{code}」',
    en: 'Unknown indicator "{code}"',
  },
  INDICATOR_SETTINGS_ORPHAN_MONTHS: {
    'zh-CN': '不能改为该报送频率：已有 {figures} 个数据报送在新频率不报送的月份（{months}月），修改后这些数据将不再显示和核查。请先与各区核对这些数据',
    'zh-TW': '不能改為該報送頻率：已有 {figures} 個資料報送在新頻率不報送的月份（{months}月），修改後這些資料將不再顯示和核查。請先與各區核對這些資料',
    en: 'This frequency cannot be set: {figures} figures are stored for months it does not ask for (month {months}); they would no longer be shown or checked. Settle them with the districts first',
  },
  INDICATOR_SETTINGS_ORPHAN_RATES: {
    'zh-CN': '不能改为按总量计算增速：已有 {figures} 个数据只报送了增速、没有总量，修改后这些数据将没有增速',
    'zh-TW': '不能改為按總量計算增速：已有 {figures} 個資料只報送了增速、沒有總量，修改後這些資料將沒有增速',
    en: 'Growth cannot be computed from amounts: {figures} figures hold only a reported rate and no amount; they would lose their growth',
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
