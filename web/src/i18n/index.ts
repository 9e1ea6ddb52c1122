import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@hongtu/contracts';
import { en } from './locales/en';
import { zhCN } from './locales/zh-CN';
import { zhTW } from './locales/zh-TW';
import { DEFAULT_LANGUAGE, storedLanguage, toLocale } from './languages';

void i18n.use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: zhCN },
    'zh-TW': { translation: zhTW },
    en: { translation: en },
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
