import { describe, expect, it } from 'vitest';
import { topicLabel } from './model';

describe('portal article topics in the UI language', () => {
  it('names a topic in the language chosen, zh-CN when the language is not one of ours', () => {
    expect(topicLabel('investment-news', 'zh-CN')).toBe('招商动态');
    expect(topicLabel('data-release', 'zh-TW')).toBe('數據發佈');
    expect(topicLabel('policy', 'en')).toBe('Policies');
    expect(topicLabel('project', 'fr')).toBe('项目');
  });
});
