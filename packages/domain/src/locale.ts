// The three interface languages: zh-CN is the default, zh-TW for Traditional readers, en for visitors.
export const LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** A text in every interface language. */
export type LocalizedText = Readonly<Record<Locale, string>>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
