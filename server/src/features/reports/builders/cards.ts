// The red and yellow cards of the month as a report states them: the warning board's cards (their
// reason in bulletin wording, the leader and the department who answer) when given, else the cards
// of the overview's cells with their reason turned into bulletin wording.
import type { Card } from '@hongtu/contracts/dashboards';
import type { NarrativePart } from '@hongtu/domain';
import { clauses, districtListParts } from '@hongtu/domain';
import type { SnapshotReader } from './snapshot';

export interface ReportCard {
  organisationId: number;
  organisationName: string;
  indicatorCode: string;
  indicatorName: string;
  colour: 'red' | 'yellow';
  /** "完成时序进度的50.3%，低于60%，亮红牌". */
  reason: string;
  leader: string | null;
  department: string | null;
  monthsCarded: number | null;
}

/** "完成时序进度的50.3%，低于60%→ 红牌" → "完成时序进度的50.3%，低于60%，亮红牌". */
export function bulletinReason(longReason: string, colour: 'red' | 'yellow'): string {
  const body = longReason.replace(/\s*→\s*\S+$/, '').replace(/[，,。\s]+$/, '');
  return `${body}，${colour === 'red' ? '亮红牌' : '亮黄牌'}`;
}

const SEVERITY = { red: 0, yellow: 1 } as const;

/** The cards of the given districts (all when none given), red first, then in the snapshot's order. */
export function reportCards(reader: SnapshotReader, cards: readonly Card[] | undefined, organisationIds?: ReadonlySet<number>): ReportCard[] {
  const inScope = (id: number) => organisationIds === undefined || organisationIds.has(id);
  const order = new Map(reader.snapshot.rows.map((r, i) => [r.organisationId, i]));
  const indicatorOrder = new Map(reader.snapshot.indicators.map((ind, i) => [ind.code, i]));
  let list: ReportCard[];
  if (cards && cards.length > 0) {
    list = cards.filter((c) => c.colour !== 'watch' && inScope(c.organisationId)).map((c) => ({
      organisationId: c.organisationId, organisationName: c.organisationName, indicatorCode: c.indicatorCode, indicatorName: c.indicatorName,
      colour: c.colour as 'red' | 'yellow', reason: c.shortReason, leader: c.leader, department: c.department, monthsCarded: c.monthsCarded,
    }));
  } else {
    list = reader.snapshot.rows.filter((r) => inScope(r.organisationId)).flatMap((r) => r.cells.flatMap((cell) => {
      if (cell.card !== 'red' && cell.card !== 'yellow') return [];
      const indicator = reader.indicator(cell.indicatorCode);
      return [{
        organisationId: r.organisationId, organisationName: r.organisationName, indicatorCode: cell.indicatorCode, indicatorName: indicator?.name ?? cell.indicatorCode,
        colour: cell.card, reason: cell.cardReason ? bulletinReason(cell.cardReason, cell.card) : (cell.card === 'red' ? '亮红牌' : '亮黄牌'), leader: null, department: null, monthsCarded: null,
      }];
    }));
  }
  return list.sort((a, b) => SEVERITY[a.colour] - SEVERITY[b.colour]
    || (indicatorOrder.get(a.indicatorCode) ?? 99) - (indicatorOrder.get(b.indicatorCode) ?? 99)
    || (order.get(a.organisationId) ?? 99) - (order.get(b.organisationId) ?? 99));
}

/** "固定资产投资：新洲区、汉南区亮红牌，蔡甸区亮黄牌。" per indicator; null without cards. */
export function cardSentences(cards: readonly ReportCard[]): NarrativePart[][] {
  const byIndicator = new Map<string, ReportCard[]>();
  for (const c of cards) byIndicator.set(c.indicatorName, [...(byIndicator.get(c.indicatorName) ?? []), c]);
  return [...byIndicator].map(([name, list]) => {
    const names = (colour: 'red' | 'yellow') => [...new Set(list.filter((c) => c.colour === colour).map((c) => c.organisationName))];
    return [{ text: `${name}：` }, ...clauses([districtListParts(names('red'), '亮红牌', { max: 99 }), districtListParts(names('yellow'), '亮黄牌', { max: 99 })], true)];
  });
}
