import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@hongtu/contracts';
import { en } from './locales/en';
import { zhCN } from './locales/zh-CN';
import { zhTW } from './locales/zh-TW';
import { DEFAULT_LANGUAGE, storedLanguage, toLocale } from './languages';
import { dashboardsEn } from '../features/dashboards/i18n/en';
import { dashboardsZhCN } from '../features/dashboards/i18n/zh-CN';
import { dashboardsZhTW } from '../features/dashboards/i18n/zh-TW';
import { q1En } from '../features/q1/i18n/en';
import { q1ZhCN } from '../features/q1/i18n/zh-CN';
import { q1ZhTW } from '../features/q1/i18n/zh-TW';
import { reportingEn } from '../features/reporting/i18n/en';
import { reportingZhCN } from '../features/reporting/i18n/zh-CN';
import { reportingZhTW } from '../features/reporting/i18n/zh-TW';

void i18n.use(initReactI18next).init({
  resources: {
    // Shell texts in 'translation'; each large feature has its own namespace file.
    'zh-CN': { translation: zhCN, reporting: reportingZhCN, dashboards: dashboardsZhCN, q1: q1ZhCN },
    'zh-TW': { translation: zhTW, reporting: reportingZhTW, dashboards: dashboardsZhTW, q1: q1ZhTW },
    en: { translation: en, reporting: reportingEn, dashboards: dashboardsEn, q1: q1En },
  },
  lng: storedLanguage() ?? DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: ['zh-CN', 'zh-TW', 'en'],
  interpolation: { escapeValue: false },
});

/** The UI language now, as the API's Accept-Language expects it. */
export function currentLanguage(): Locale {
  return toLocale(i18n.resolvedLanguage ?? i18n.language) ?? DEFAULT_LANGUAGE;
}

export { i18n };
