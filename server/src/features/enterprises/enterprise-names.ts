import { pinyin } from 'pinyin-pro';
import { initialsKey, pinyinKey } from '@hongtu/domain';
import { toSimplified } from '../../platform/text/chinese';

/** A name as the registry keeps it: Simplified characters, spaces collapsed. */
export function registryText(text: string): string {
  return toSimplified(text).replace(/\s+/g, ' ').trim();
}

/**
 * The name's 拼音 and 首字母 keys, stored at write so search needs no conversion per row
 * (ü as v, as input methods type it: 绿 → lv).
 */
export function nameKeys(name: string): { pinyin: string; initials: string } {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', v: true });
  return { pinyin: pinyinKey(syllables), initials: initialsKey(syllables) };
}
