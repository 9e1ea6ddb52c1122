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
