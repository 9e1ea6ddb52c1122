import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_TERRITORY_OVERLAPS } from './territory-demo';

const SEEDS = path.resolve(import.meta.dirname, 'documents');

describe("the demo's territorial scope", () => {
  it('cites each overlap by a sentence its document states verbatim, naming both units', () => {
    expect(DEMO_TERRITORY_OVERLAPS.length).toBeGreaterThan(0);
    for (const overlap of DEMO_TERRITORY_OVERLAPS) {
      const text = readFileSync(path.join(SEEDS, overlap.source.file), 'utf8');
      expect(text).toContain(overlap.source.quote);
      expect(overlap.source.quote).toContain('汉南');
      expect(overlap.source.quote).toContain('武汉经济技术开发区');
      // What the sentence does not state is said to be illustrative.
      expect(overlap.illustrative).not.toBe('');
    }
  });

  it('registers a zone on a district, never a unit on itself', () => {
    expect(DEMO_TERRITORY_OVERLAPS.map((o) => [o.unitCode, o.overlapsCode, o.kind])).toEqual([['WH-JKQ', '420113', 'contains_part']]);
  });
});
