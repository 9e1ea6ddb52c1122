import type { MessageCatalogue } from '../../platform/i18n/catalogue';

/** Annual targets and schedules. */
export const TARGETS_MESSAGES = {
  TARGET_INVALID: {
    'zh-CN': '目标设置有误：{reason}',
    'zh-TW': '目標設定有誤：{reason}',
    en: 'Invalid target: {reason}',
  },
} satisfies MessageCatalogue;
