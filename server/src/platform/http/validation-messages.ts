import { z } from 'zod';
import type { Locale } from '@hongtu/contracts';
import { translate, type MessageCode } from '../i18n/messages';

const zodLocales = { 'zh-CN': z.locales.zhCN(), 'zh-TW': z.locales.zhTW(), en: z.locales.en() };

/** Custom refinement messages in the contracts, mapped to our catalogue. */
const CUSTOM: Record<string, MessageCode> = {
  password_classes: 'PASSWORD_CLASSES',
  code_charset: 'VALIDATION_CODE_CHARSET',
  username_charset: 'VALIDATION_USERNAME_CHARSET',
  phone_format: 'VALIDATION_PHONE',
  /** A list naming the same key twice (contracts' uniqueBy): the repeated value is named. */
  duplicate: 'VALIDATION_DUPLICATE',
};

interface ValidationItem {
  keyword: string;
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** The value a validation issue refers to, so "received …" names what was sent. */
function valueAt(data: unknown, segments: string[]): unknown {
  let value = data;
  for (const key of segments) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * Turns zod issues (as fastify carries them) into localized field messages.
 * `data` is what was validated (body, query …): the issues do not carry the
 * input, without which zod reports every wrong type as "received undefined".
 */
export function localizeValidation(items: ValidationItem[], locale: Locale, context: string, data?: unknown) {
  return items.map((item) => {
    const path = item.instancePath.replace(/^\//, '').replaceAll('/', '.');
    const custom = item.message ? CUSTOM[item.message] : undefined;
    let message: string;
    if (custom) {
      // Only a repeated key is quoted back (never, say, a refused password).
      const value = custom === 'VALIDATION_DUPLICATE' ? String(valueAt(data, path ? path.split('.') : []) ?? '') : undefined;
      message = translate(custom, locale, { value });
    } else if (item.keyword === 'unrecognized_keys') {
      const keys = (item.params?.keys as string[] | undefined)?.join(', ') ?? '';
      message = translate('VALIDATION_UNKNOWN_FIELDS', locale, { keys });
    } else {
      const segments = path ? path.split('.') : [];
      const issue = { code: item.keyword, path: segments, input: valueAt(data, segments), ...item.params } as unknown as Parameters<
        (typeof zodLocales)['en']['localeError']
      >[0];
      const rendered = zodLocales[locale].localeError(issue);
      message = typeof rendered === 'string' ? rendered : (rendered?.message ?? item.message ?? item.keyword);
    }
    return { path: path ? `${context}.${path}` : context, message };
  });
}
