import type { Locale } from '@hongtu/contracts';
import { AUTH_MESSAGES } from '../../features/auth/auth.messages';
import { INDICATORS_MESSAGES } from '../../features/indicators/indicators.messages';
import { ORGANISATIONS_MESSAGES } from '../../features/organisations/organisations.messages';
import { REPORTING_MESSAGES } from '../../features/reporting/reporting.messages';
import { SPREADSHEETS_MESSAGES } from '../../features/spreadsheets/spreadsheets.messages';
import { TARGET_IMPORTS_MESSAGES } from '../../features/target-imports/target-imports.messages';
import { TARGETS_MESSAGES } from '../../features/targets/targets.messages';
import { USERS_MESSAGES } from '../../features/users/users.messages';
import { IMPORT_MESSAGES } from '../imports/imports.messages';
import { mergeCatalogues } from './catalogue';
import { interpolate, type MessageParams } from './interpolate';
import { PLATFORM_MESSAGES } from './platform.messages';

/**
 * Every catalogue of API messages (error codes and problem details), one per
 * feature: each lives beside its feature as <feature>.messages.ts.
 */
export const MESSAGE_CATALOGUES = {
  platform: PLATFORM_MESSAGES,
  imports: IMPORT_MESSAGES,
  auth: AUTH_MESSAGES,
  organisations: ORGANISATIONS_MESSAGES,
  users: USERS_MESSAGES,
  indicators: INDICATORS_MESSAGES,
  targets: TARGETS_MESSAGES,
  reporting: REPORTING_MESSAGES,
  spreadsheets: SPREADSHEETS_MESSAGES,
  targetImports: TARGET_IMPORTS_MESSAGES,
} as const;

/** Every message a user can receive from the API, in the three languages: the one catalogue of the error handler. */
export const MESSAGES = mergeCatalogues(MESSAGE_CATALOGUES);

export type MessageCode = keyof typeof MESSAGES;

export function isMessageCode(value: string): value is MessageCode {
  return Object.hasOwn(MESSAGES, value);
}

/** Organisation kinds as users call them, for messages that name a kind. */
const KIND_LABELS: Record<Locale, Record<string, string>> = {
  'zh-CN': { province: '省', city: '市', district: '区', zone: '功能区', street: '街道', department: '部门' },
  'zh-TW': { province: '省', city: '市', district: '區', zone: '功能區', street: '街道', department: '部門' },
  en: { province: 'province', city: 'city', district: 'district', zone: 'functional zone', street: 'street', department: 'department' },
};
const KIND_PARAMS = new Set(['kind', 'parentKind']);

export function translate(code: MessageCode, locale: Locale, params: MessageParams = {}): string {
  return interpolate(MESSAGES[code][locale], params, (key, value) =>
    KIND_PARAMS.has(key) ? (KIND_LABELS[locale][String(value)] ?? String(value)) : String(value),
  );
}
