import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@hongtu/contracts';
import { zhCN } from './locales/zh-CN';
import { DEFAULT_LANGUAGE, LANGUAGES, storedLanguage, toLocale } from './languages';
import type { Namespace } from './namespace';

/** The shell's own texts ('translation'): zh-CN with the app, the others when chosen, as the features' (namespace.ts). */
const SHELL: Namespace = {
  name: 'translation',
  resources: {
    'zh-CN': zhCN,
    'zh-TW': () => import('./locales/zh-TW').then((m) => m.zhTW),
    en: () => import('./locales/en').then((m) => m.en),
  },
};

/** The imports of the feature texts given lazily, by language and namespace. */
const lazyTexts = new Map<string, () => Promise<object>>();
const textsKey = (language: string, ns: string) => `${language}\u0000${ns}`;

/**
 * Loads the texts a namespace gives as an import, when i18next first needs them (a language
 * chosen, a namespace used in a language not loaded yet): an i18next backend over lazyTexts.
 */
const lazyTextsBackend = {
  type: 'backend' as const,
  init: () => undefined,
  read(language: string, ns: string, callback: (error: unknown, data: object | boolean) => void) {
    const load = lazyTexts.get(textsKey(language, ns));
    if (!load) return callback(null, {});
    load().then((data) => callback(null, data), (error: unknown) => callback(error, false));
  },
};

/** The namespaces' texts given as they are, by language; those given as imports are remembered for the backend. */
function bundledTexts(namespaces: readonly Namespace[]): Record<Locale, Record<string, object>> {
  const out = Object.fromEntries(LANGUAGES.map((lng) => [lng, {} as Record<string, object>])) as Record<Locale, Record<string, object>>;
  for (const ns of namespaces) {
    for (const lng of LANGUAGES) {
      const texts = ns.resources[lng];
      if (typeof texts === 'function') lazyTexts.set(textsKey(lng, ns.name), texts as () => Promise<object>);
      else out[lng][ns.name] = texts;
    }
  }
  return out;
}

/**
 * Starts i18next with the shell's texts ('translation') and these namespaces (the app calls it
 * once, with the first features it loads, app/i18n-start.ts); texts given as imports load when
 * their language is wanted (i18next waits for them before switching, pages suspend until theirs arrive).
 */
export function initI18n(namespaces: readonly Namespace[]): void {
  const bundled = bundledTexts([SHELL, ...namespaces]);
  const resources = Object.fromEntries(LANGUAGES.map((lng) => [lng, bundled[lng]]));
  void i18n.use(lazyTextsBackend).use(initReactI18next).init({
    resources,
    partialBundledLanguages: true,
    ns: ['translation', ...namespaces.map((ns) => ns.name)],
    lng: storedLanguage() ?? DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
  });
}

/**
 * Makes namespaces known after the start without loading them: their bundled texts at once, the
 * others for the backend, which loads them when first used (a page's `useTranslation` suspends
 * until then, the route starts them with the page's code: app/routes.tsx).
 */
export function registerNamespaces(namespaces: readonly Namespace[]): void {
  const bundled = bundledTexts(namespaces);
  for (const lng of LANGUAGES) {
    for (const [name, texts] of Object.entries(bundled[lng])) if (!i18n.hasResourceBundle(lng, name)) i18n.addResourceBundle(lng, name, texts);
  }
}

/**
 * Adds namespaces after the start: their bundled texts at once, the others for the backend;
 * resolves once the current language's texts of all of them are there.
 */
export function addNamespaces(namespaces: readonly Namespace[]): Promise<void> {
  registerNamespaces(namespaces);
  const names = namespaces.map((ns) => ns.name);
  // Later language changes load these namespaces too.
  const known = [i18n.options.ns ?? []].flat();
  i18n.options.ns = [...known, ...names.filter((name) => !known.includes(name))];
  return i18n.loadNamespaces(names);
}

/** The UI language now, as the API's Accept-Language expects it. */
export function currentLanguage(): Locale {
  return toLocale(i18n.resolvedLanguage ?? i18n.language) ?? DEFAULT_LANGUAGE;
}

export { i18n };
