import { describe, expect, it } from 'vitest';
import { localeSchema } from '@hongtu/contracts';
import { FINDING_MESSAGES } from '../../features/reporting/reporting.messages';
import { WARNING_RULE_ISSUE_MESSAGES } from '../../features/warnings/warnings.messages';
import { mergeCatalogues, type MessageCatalogue } from './catalogue';
import { interpolate } from './interpolate';
import { allMessages, messageCatalogues, translate, type MessageCode } from './messages';

const MESSAGE_CATALOGUES = messageCatalogues();
const MESSAGES = allMessages();

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('API messages', () => {
  const catalogues: Record<string, MessageCatalogue> = { ...MESSAGE_CATALOGUES, findings: FINDING_MESSAGES, warningRuleIssues: WARNING_RULE_ISSUE_MESSAGES };

  it('have every key in all three languages, none empty, with the same placeholders', () => {
    for (const [feature, catalogue] of Object.entries(catalogues)) {
      for (const [code, text] of Object.entries(catalogue)) {
        expect(Object.keys(text).sort(), `${feature} ${code}`).toEqual([...localeSchema.options].sort());
        for (const locale of localeSchema.options) {
          expect(text[locale].trim(), `${feature} ${code} ${locale}`).not.toBe('');
          expect(placeholders(text[locale]), `${feature} ${code} ${locale}`).toEqual(placeholders(text['zh-CN']));
        }
      }
    }
  });

  it('define no code twice across the features, and the one catalogue holds them all', () => {
    const codes = Object.values(MESSAGE_CATALOGUES).flatMap((c) => Object.keys(c));
    expect(new Set(codes).size).toBe(codes.length);
    expect(Object.keys(MESSAGES).sort()).toEqual([...codes].sort());
    const text = { 'zh-CN': '甲', 'zh-TW': '甲', en: 'A' };
    expect(() => mergeCatalogues({ one: { SAME: text }, two: { OTHER: text, SAME: text } })).toThrow('SAME is defined twice: in one and in two');
  });

  it('are filled in by the one interpolator, kinds in words, a missing parameter left visible', () => {
    expect(translate('PAYLOAD_TOO_LARGE', 'en', { limit: '10 MB' })).toBe('The request is larger than the limit (10 MB)');
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(interpolate('{constructor}', {})).toBe('{constructor}');
    const kind = Object.entries(MESSAGES).find(([, t]) => t.en.includes('{kind}'));
    if (kind) expect(translate(kind[0] as MessageCode, 'zh-CN', { kind: 'zone' })).toContain('功能区');
  });
});
