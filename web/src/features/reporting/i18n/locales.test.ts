import { describe, expect, it } from 'vitest';
import { reportingEn } from './en';
import { reportingZhCN } from './zh-CN';
import { reportingZhTW } from './zh-TW';

function leaves(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value as object, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('reporting texts', () => {
  const base = leaves(reportingZhCN);
  for (const [name, dict] of [['zh-TW', reportingZhTW], ['en', reportingEn]] as const) {
    it(`${name} has every key of zh-CN, none empty, with the same placeholders`, () => {
      const other = leaves(dict);
      expect([...other.keys()].sort()).toEqual([...base.keys()].sort());
      for (const [key, text] of other) {
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(base.get(key)!));
      }
    });
  }

  it('zh-TW is written in Traditional characters', () => {
    expect(reportingZhTW.actions.save).not.toBe(reportingZhCN.actions.save);
    expect(reportingZhTW.status.submitted).toBe('已報送待審');
  });
});
