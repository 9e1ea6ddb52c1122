import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dashboardsEn } from './en';
import { dashboardsZhCN } from './zh-CN';
import { dashboardsZhTW } from './zh-TW';

function leaves(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const p = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(p, value);
    else for (const [k, v] of leaves(value as object, p)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'i18n' ? [] : sources(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') && name !== 'fixtures.ts' ? [full] : [];
  });
}

describe('dashboards locales', () => {
  const base = leaves(dashboardsZhCN);
  for (const [name, dict] of [['zh-TW', dashboardsZhTW], ['en', dashboardsEn]] as const) {
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
    expect(dashboardsZhTW.overview.title).not.toBe(dashboardsZhCN.overview.title);
    expect(dashboardsZhTW.cards.red).toBe('紅牌');
  });

  it('components carry no literal Chinese text (it all comes from the locale files)', () => {
    const root = path.resolve(__dirname, '..');
    const offenders = sources(root).filter((file) => {
      const code = readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      return /[\u4e00-\u9fff]/.test(code);
    });
    expect(offenders.map((f) => path.relative(root, f))).toEqual([]);
  });
});
