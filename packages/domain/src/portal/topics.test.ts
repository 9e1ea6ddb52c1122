import { describe, expect, it } from 'vitest';
import { isPortalTopic, portalPath, PORTAL_TOPIC_LABELS, PORTAL_TOPICS } from './topics';

describe('portal topics and paths', () => {
  it('names every topic in the three languages', () => {
    for (const topic of PORTAL_TOPICS) expect(Object.values(PORTAL_TOPIC_LABELS[topic]).every((t) => t.length > 0)).toBe(true);
    expect(PORTAL_TOPIC_LABELS['investment-news']['zh-CN']).toBe('招商动态');
    expect(isPortalTopic('policy')).toBe(true);
    expect(isPortalTopic('gossip')).toBe(false);
  });

  it('puts zh-CN at the root and the other languages under their prefix', () => {
    expect(portalPath('zh-CN', '/')).toBe('/portal');
    expect(portalPath('zh-CN', '/articles/7')).toBe('/portal/articles/7');
    expect(portalPath('zh-TW', 'articles')).toBe('/portal/zh-tw/articles');
    expect(portalPath('en', '')).toBe('/portal/en');
  });
});
