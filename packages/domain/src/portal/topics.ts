import type { Locale, LocalizedText } from '../locale';

/**
 * The portal's topics, as the city's investment-attraction sites file their articles (seed 001:
 * 【武汉招商】 news beside policies, projects and data releases).
 */
export const PORTAL_TOPICS = ['investment-news', 'policy', 'project', 'data-release'] as const;
export type PortalTopic = (typeof PORTAL_TOPICS)[number];

export const PORTAL_TOPIC_LABELS: Readonly<Record<PortalTopic, LocalizedText>> = {
  'investment-news': { 'zh-CN': '招商动态', 'zh-TW': '招商動態', en: 'Investment news' },
  policy: { 'zh-CN': '政策', 'zh-TW': '政策', en: 'Policies' },
  project: { 'zh-CN': '项目', 'zh-TW': '項目', en: 'Projects' },
  'data-release': { 'zh-CN': '数据发布', 'zh-TW': '數據發佈', en: 'Data releases' },
};

export function isPortalTopic(value: unknown): value is PortalTopic {
  return typeof value === 'string' && (PORTAL_TOPICS as readonly string[]).includes(value);
}

/**
 * The portal's address per language: zh-CN at the root of /portal, the others under their own
 * prefix, so that each version has its own canonical URL for search engines.
 */
export const PORTAL_LANGUAGE_PREFIX: Readonly<Record<Locale, string>> = { 'zh-CN': '', 'zh-TW': '/zh-tw', en: '/en' };

/** The portal path of a page in a language: portalPath('en', '/articles/12') → '/portal/en/articles/12'. */
export function portalPath(locale: Locale, path: string): string {
  const rest = path === '/' || path === '' ? '' : path.startsWith('/') ? path : `/${path}`;
  return `/portal${PORTAL_LANGUAGE_PREFIX[locale]}${rest}`;
}
