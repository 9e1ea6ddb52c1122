import { PORTAL_TOPIC_LABELS, type ArticleStatus, type PortalTopic } from '@hongtu/domain';
import { toLocale } from '../../i18n/languages';

/** A topic's name in the UI language (the domain's labels, zh-CN when the language is unknown). */
export function topicLabel(topic: PortalTopic, language: string): string {
  return PORTAL_TOPIC_LABELS[topic][toLocale(language) ?? 'zh-CN'];
}

export const STATUS_COLOURS: Record<ArticleStatus, string> = { draft: 'default', in_review: 'gold', published: 'green', withdrawn: 'red' };
