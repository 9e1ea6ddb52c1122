import { localeSchema, type Locale } from '@hongtu/contracts';

/** The languages the UI speaks, in menu order; zh-CN is the default. */
export const LANGUAGES: readonly Locale[] = localeSchema.options;
export const DEFAULT_LANGUAGE: Locale = 'zh-CN';

/** Each language is offered under its own name, whatever the current UI language. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  'zh-CN': '简体中文',
  'zh-TW': '繁體中文',
  en: 'English',
};

const STORAGE_KEY = 'hongtu.language';

export function toLocale(value: string | null | undefined): Locale | null {
  const parsed = localeSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The language chosen on this device, if any. */
export function storedLanguage(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Locale | null {
  try {
    return toLocale(storage?.getItem(STORAGE_KEY));
  } catch {
    return null;
  }
}

export function rememberLanguage(locale: Locale, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}
