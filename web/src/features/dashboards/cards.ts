// Warning cards on screen. The colours are the ones the notices use: red card 红牌, yellow card
// 黄牌, and the county rule's watch list 列入观察 (DOMAIN.md "Warning rules in force somewhere").
import type { Card, CardColour, Overview } from '@hongtu/contracts';
import { CARD_COLOURS, CARD_SEVERITY } from '@hongtu/domain';

/** Red, yellow, watch: the order of severity. */
export { CARD_COLOURS };

/** Strong colour (bars, borders, dots) and a light tint (table cells) per card. */
export const CARD_HEX: Readonly<Record<CardColour, { solid: string; tint: string; border: string }>> = {
  red: { solid: '#f5222d', tint: '#fff1f0', border: '#ffa39e' },
  yellow: { solid: '#faad14', tint: '#fffbe6', border: '#ffe58f' },
  watch: { solid: '#722ed1', tint: '#f9f0ff', border: '#d3adf7' },
};

/** antd Tag preset colour per card (outlined tags: the theme draws their text at 4.5:1 or more). */
export const CARD_TAG: Readonly<Record<CardColour, string>> = { red: 'red', yellow: 'gold', watch: 'purple' };

/**
 * The solid card tag (红牌 / 黄牌 / 列入观察), read at 4.5:1 or more: white on a red and a purple
 * dark enough for it, dark text on the yellow (white on yellow reads at 1.4:1 to 2:1).
 */
export const CARD_SOLID_TAG: Readonly<Record<CardColour, { background: string; text: string }>> = {
  red: { background: '#cf1322', text: '#ffffff' },
  yellow: { background: '#fadb14', text: '#1f1f1f' },
  watch: { background: '#722ed1', text: '#ffffff' },
};

/** Red first, then yellow, then watch; inside a colour by district, then indicator, as the server listed them. */
export function sortCards<T extends Pick<Card, 'colour'>>(cards: readonly T[]): T[] {
  return cards
    .map((card, i) => ({ card, i }))
    .sort((a, b) => CARD_SEVERITY[b.card.colour] - CARD_SEVERITY[a.card.colour] || a.i - b.i)
    .map((x) => x.card);
}

export type CardCounts = Record<CardColour, number>;

export function countCards(cards: readonly Pick<Card, 'colour'>[]): CardCounts {
  const counts: CardCounts = { red: 0, yellow: 0, watch: 0 };
  for (const c of cards) counts[c.colour] += 1;
  return counts;
}

/** Cards shown in an overview (the most severe per district and indicator). */
export function countOverviewCards(overview: Overview): CardCounts {
  const counts: CardCounts = { red: 0, yellow: 0, watch: 0 };
  for (const row of overview.rows) for (const cell of row.cells) if (cell.card) counts[cell.card] += 1;
  return counts;
}
