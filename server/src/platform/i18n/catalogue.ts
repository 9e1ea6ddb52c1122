import type { Locale } from '@hongtu/contracts';

/** One text in the three languages of the UI. */
export type LocalizedText = Readonly<Record<Locale, string>>;

/** A feature's messages by code; texts may hold {placeholders} (see interpolate.ts). */
export type MessageCatalogue = Readonly<Record<string, LocalizedText>>;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/**
 * The features' catalogues (by feature name) as one, by code. A code defined
 * by two catalogues is refused (the second would silently win), so the server
 * does not start with an ambiguous message.
 */
export function mergeCatalogues<const T extends Readonly<Record<string, MessageCatalogue>>>(catalogues: T): UnionToIntersection<T[keyof T]> {
  const merged: Record<string, LocalizedText> = {};
  const owner = new Map<string, string>();
  for (const [feature, catalogue] of Object.entries(catalogues)) {
    for (const [code, text] of Object.entries(catalogue)) {
      const first = owner.get(code);
      if (first !== undefined) throw new Error(`message code ${code} is defined twice: in ${first} and in ${feature}`);
      owner.set(code, feature);
      merged[code] = text;
    }
  }
  return merged as UnionToIntersection<T[keyof T]>;
}
