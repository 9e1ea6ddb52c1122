import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

/** Every text of a locale tree by its dotted key. */
export function leaves(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value as object, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/**
 * Test cases (inside a describe): each other language has every key of the
 * zh-CN tree, none empty, with the same {{placeholders}}.
 */
export function itHasTheSameKeysAsZhCN(zhCN: object, others: Record<string, object>): void {
  const base = leaves(zhCN);
  for (const [name, dict] of Object.entries(others)) {
    it(`${name} has every key of zh-CN, none empty, with the same placeholders`, () => {
      const other = leaves(dict);
      expect([...other.keys()].sort()).toEqual([...base.keys()].sort());
      for (const [key, text] of other) {
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(base.get(key)!));
      }
    });
  }
}

/** The .ts / .tsx sources under a feature folder, without its locale files and tests. */
function featureSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'i18n' ? [] : featureSources(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

/** Test case: no source of the feature folder carries literal Chinese text (it all comes from the locale files). */
export function itHasNoLiteralChinese(featureDir: string): void {
  it('components carry no literal Chinese text (it all comes from the locale files)', () => {
    const offenders = featureSources(featureDir).filter((file) => {
      const code = readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      return /[\u4e00-\u9fff]/.test(code);
    });
    expect(offenders.map((f) => path.relative(featureDir, f))).toEqual([]);
  });
}
