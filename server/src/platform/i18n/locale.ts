import type { Locale } from '@hongtu/contracts';

/** Picks the caller's language from Accept-Language; zh-CN when nothing matches. */
export function localeFromHeader(header: string | undefined): Locale {
  if (!header) return 'zh-CN';
  for (const part of header.split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
    if (tag === 'zh-tw' || tag === 'zh-hk' || tag === 'zh-hant' || tag.startsWith('zh-hant')) return 'zh-TW';
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}
