// What the big screen (大屏) shows, derived from the overview and the warning board (pure).
import type { Card, CardColour, Overview } from '@hongtu/contracts';
import { sortCards } from '../cards';
import { isAhead } from '../format';

export interface IndicatorKpi {
  code: string;
  name: string;
  /** The city's completion, Σ YTD ÷ Σ target (percent text), as the server computed it: not a mean of rates. */
  averageCompletion: string | null;
  /** Districts at or ahead of time progress, out of those with a completion. */
  ahead: number;
  measured: number;
  cards: Record<CardColour, number>;
}

/** Per key indicator: the city's average completion, how many districts keep pace with time, its cards. */
export function indicatorKpis(overview: Overview): IndicatorKpi[] {
  return overview.indicators.map((indicator, i) => {
    const kpi: IndicatorKpi = {
      code: indicator.code,
      name: indicator.name,
      averageCompletion: overview.averages.find((a) => a.indicatorCode === indicator.code)?.cityCompletion ?? null,
      ahead: 0,
      measured: 0,
      cards: { red: 0, yellow: 0, watch: 0 },
    };
    for (const row of overview.rows) {
      const cell = row.cells[i];
      if (!cell) continue;
      if (cell.completion !== null) {
        kpi.measured += 1;
        if (isAhead(cell.completion, cell.timeProgress, indicator.direction)) kpi.ahead += 1;
      }
      if (cell.card) kpi.cards[cell.card] += 1;
    }
    return kpi;
  });
}

/** The indicators the ranking panel cycles through: those ranked by completion (they have targets). */
export function rankingCycle(overview: Overview): string[] {
  const withTargets = overview.indicators.filter((i) => i.rankMeasure === 'completion').map((i) => i.code);
  return withTargets.length > 0 ? withTargets : overview.indicators.map((i) => i.code);
}

export interface TrendPick {
  organisationId: number;
  organisationName: string;
  indicatorCode: string;
}

/** The trends the trend panel cycles through: each carded district × indicator, red first. */
export function trendCycle(cards: readonly Card[], overview: Overview | undefined): TrendPick[] {
  const seen = new Set<string>();
  const picks: TrendPick[] = [];
  for (const c of sortCards(cards)) {
    const key = `${c.organisationId}:${c.indicatorCode}`;
    if (seen.has(key)) continue;
    seen.add(key);
    picks.push({ organisationId: c.organisationId, organisationName: c.organisationName, indicatorCode: c.indicatorCode });
  }
  if (picks.length === 0 && overview?.rows[0] && overview.indicators[0]) {
    const row = overview.rows[0];
    picks.push({ organisationId: row.organisationId, organisationName: row.organisationName, indicatorCode: overview.indicators[0].code });
  }
  return picks;
}

export interface IndicatorCardStat {
  code: string;
  name: string;
  counts: Record<CardColour, number>;
  total: number;
}

/** Cards per indicator, most carded first (ties in the board's order), at most `limit`. */
export function cardsByIndicator(cards: readonly Card[], limit = 8): IndicatorCardStat[] {
  const stats = new Map<string, IndicatorCardStat>();
  for (const c of cards) {
    const s = stats.get(c.indicatorCode) ?? { code: c.indicatorCode, name: c.indicatorName, counts: { red: 0, yellow: 0, watch: 0 }, total: 0 };
    s.counts[c.colour] += 1;
    s.total += 1;
    stats.set(c.indicatorCode, s);
  }
  return [...stats.values()].sort((a, b) => b.total - a.total || b.counts.red - a.counts.red).slice(0, limit);
}

/** The item shown at a rotation tick (wraps around); undefined for an empty list. */
export function at<T>(items: readonly T[], tick: number): T | undefined {
  return items.length === 0 ? undefined : items[((tick % items.length) + items.length) % items.length];
}
