import type { Locale } from '@hongtu/contracts';
import { registeredFeatures, type RegisteredFeature } from '../features/registry';
import { mergeCatalogues, type LocalizedText, type MessageCatalogue } from './catalogue';
import { interpolate, type MessageParams } from './interpolate';

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type CataloguesOf<F> = F extends { messages: infer M } ? M : never;
/** Every message a user can receive from the API: the platform's and each feature's <feature>.messages.ts. */
type Messages = UnionToIntersection<CataloguesOf<RegisteredFeature>>;

export type MessageCode = keyof Messages & string;

/** The catalogues by feature name, from the one feature list (server/src/features/index.ts). */
export function messageCatalogues(): Readonly<Record<string, MessageCatalogue>> {
  return Object.fromEntries(registeredFeatures().map((f) => [f.name, f.messages]));
}

let merged: Readonly<Record<string, LocalizedText>> | undefined;

/**
 * The one catalogue of the error handler, by code, merged on first use. Merging refuses a code
 * defined twice, so the server does not start with an ambiguous message.
 */
export function allMessages(): Readonly<Record<string, LocalizedText>> {
  merged ??= mergeCatalogues(messageCatalogues());
  return merged;
}

export function isMessageCode(value: string): value is MessageCode {
  return Object.hasOwn(allMessages(), value);
}

/** Organisation kinds as users call them, for messages that name a kind. */
const KIND_LABELS: Record<Locale, Record<string, string>> = {
  'zh-CN': { province: '省', city: '市', district: '区', zone: '功能区', street: '街道', department: '部门' },
  'zh-TW': { province: '省', city: '市', district: '區', zone: '功能區', street: '街道', department: '部門' },
  en: { province: 'province', city: 'city', district: 'district', zone: 'functional zone', street: 'street', department: 'department' },
};
const KIND_PARAMS = new Set(['kind', 'parentKind']);

export function translate(code: MessageCode, locale: Locale, params: MessageParams = {}): string {
  return interpolate(allMessages()[code]![locale], params, (key, value) =>
    KIND_PARAMS.has(key) ? (KIND_LABELS[locale][String(value)] ?? String(value)) : String(value),
  );
}
