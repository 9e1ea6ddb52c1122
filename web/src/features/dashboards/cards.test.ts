import { describe, expect, it } from 'vitest';
import { CARD_COLOURS, CARD_SOLID_TAG, countCards, sortCards } from './cards';

/** WCAG 2.1 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

describe('cards', () => {
  const cards = [
    { colour: 'yellow' as const, id: 1 },
    { colour: 'watch' as const, id: 2 },
    { colour: 'red' as const, id: 3 },
    { colour: 'yellow' as const, id: 4 },
    { colour: 'red' as const, id: 5 },
  ];

  it('puts red first, then yellow, then watch, keeping the order inside a colour', () => {
    expect(sortCards(cards).map((c) => c.id)).toEqual([3, 5, 1, 4, 2]);
  });

  it('counts cards by colour', () => {
    expect(countCards(cards)).toEqual({ red: 2, yellow: 2, watch: 1 });
    expect(countCards([])).toEqual({ red: 0, yellow: 0, watch: 0 });
  });

  it('writes every solid card tag at 4.5:1 or more', () => {
    for (const c of CARD_COLOURS) expect(contrast(CARD_SOLID_TAG[c].text, CARD_SOLID_TAG[c].background), c).toBeGreaterThanOrEqual(4.5);
    // White on antd's gold, as the yellow card was drawn, would not pass.
    expect(contrast('#ffffff', '#faad14')).toBeLessThan(4.5);
  });
});
