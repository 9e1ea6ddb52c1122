import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@hongtu/contracts';
import { en } from './locales/en';
import { zhCN } from './locales/zh-CN';
import { zhTW } from './locales/zh-TW';
import { DEFAULT_LANGUAGE, LANGUAGES, storedLanguage, toLocale } from './languages';
import type { Namespace } from './namespace';

const SHELL: Record<Locale, object> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

/**
 * Starts i18next with the shell's texts ('translation') and one namespace per feature; the app
 * calls it once, with the namespaces of its feature list (app/i18n.ts).
 */
export function initI18n(namespaces: readonly Namespace[]): void {
  const resources = Object.fromEntries(
    LANGUAGES.map((lng) => [lng, { translation: SHELL[lng], ...Object.fromEntries(namespaces.map((ns) => [ns.name, ns.resources[lng]])) }]),
  );
  void i18n.use(initReactI18next).init({
    resources,
    ns: ['translation', ...namespaces.map((ns) => ns.name)],
    lng: storedLanguage() ?? DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
  });
}

/** The UI language now, as the API's Accept-Language expects it. */
export function currentLanguage(): Locale {
  return toLocale(i18n.resolvedLanguage ?? i18n.language) ?? DEFAULT_LANGUAGE;
}

export { i18n };
