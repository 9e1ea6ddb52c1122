import 'dayjs/locale/zh-cn';
import 'dayjs/locale/zh-tw';
import type { Locale } from '@hongtu/contracts';
import { dayjs } from '../lib/time';

const DAYJS_LOCALES: Record<Locale, string> = { 'zh-CN': 'zh-cn', 'zh-TW': 'zh-tw', en: 'en' };

/** Dates in the UI language (month and weekday names, the first day of the week). */
export function setDayjsLocale(language: Locale): void {
  dayjs.locale(DAYJS_LOCALES[language]);
}
