// The warning board as the dispatch meeting uses it: the month's cards filtered by district,
// indicator and colour, and grouped by district or by indicator, most severe first inside a group.
// The page, its print view and its Excel export share these rules.
import { CARD_COLOURS, CARD_SEVERITY, type CardColour } from './types';

/** What a board needs of a card. */
export type BoardCard = {
  readonly organisationId: number;
  readonly organisationName: string;
  readonly indicatorCode: string;
  readonly indicatorName: string;
  readonly colour: CardColour;
};

export const BOARD_GROUPINGS = ['district', 'indicator'] as const;
export type BoardGrouping = (typeof BOARD_GROUPINGS)[number];

/** Empty or absent lists mean "all". */
export type BoardFilter = {
  readonly organisationIds?: readonly number[];
  readonly indicatorCodes?: readonly string[];
  readonly colours?: readonly CardColour[];
};

export type BoardGroup<T extends BoardCard> = {
  /** The district's id or the indicator's code. */
  readonly key: string;
  readonly name: string;
  readonly cards: readonly T[];
  readonly counts: Readonly<Record<CardColour, number>>;
};

const wanted = <V>(list: readonly V[] | undefined, value: V) => !list || list.length === 0 || list.includes(value);

export function filterBoard<T extends BoardCard>(cards: readonly T[], filter: BoardFilter): T[] {
  return cards.filter((c) => wanted(filter.organisationIds, c.organisationId) && wanted(filter.indicatorCodes, c.indicatorCode) && wanted(filter.colours, c.colour));
}

export function countColours(cards: readonly Pick<BoardCard, 'colour'>[]): Record<CardColour, number> {
  const counts = Object.fromEntries(CARD_COLOURS.map((c) => [c, 0])) as Record<CardColour, number>;
  for (const card of cards) counts[card.colour] += 1;
  return counts;
}

/**
 * Cards grouped by district or by indicator. Groups come most severe first (more red cards, then
 * more yellow, then more watch), ties in the order the cards came (the city's order of districts,
 * the catalogue's order of indicators); inside a group red before yellow before watch.
 */
export function groupBoard<T extends BoardCard>(cards: readonly T[], by: BoardGrouping): BoardGroup<T>[] {
  const groups = new Map<string, { name: string; cards: T[]; first: number }>();
  cards.forEach((card, i) => {
    const key = by === 'district' ? String(card.organisationId) : card.indicatorCode;
    const group = groups.get(key) ?? { name: by === 'district' ? card.organisationName : card.indicatorName, cards: [], first: i };
    group.cards.push(card);
    groups.set(key, group);
  });
  const severityOrder = (a: T, b: T) => CARD_SEVERITY[b.colour] - CARD_SEVERITY[a.colour];
  return [...groups.entries()]
    .map(([key, g]) => ({ key, name: g.name, first: g.first, cards: [...g.cards].sort(severityOrder), counts: countColours(g.cards) }))
    .sort((a, b) => CARD_COLOURS.reduce((diff, c) => diff || b.counts[c] - a.counts[c], 0) || a.first - b.first)
    .map(({ first: _first, ...group }) => group);
}
