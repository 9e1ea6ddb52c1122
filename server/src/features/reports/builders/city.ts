// The city's figures of an indicator as bulletins compute them (ratios of sums, never means of the
// districts' rates) and the sentences about all districts: who is ahead of time progress, who leads,
// who carries a card.
import type { OverviewRow } from '@hongtu/contracts/dashboards';
import {
  changesInPoints, chineseCardinal, clauses, completionParts, dec, districtListParts, growthParts, amountParts, rankWords, signAsWritten, sub,
  timeProgressParts, NARRATIVE_RATE_PLACES, type NarrativeNumber, type NarrativePart,
} from '@hongtu/domain';
import { type SnapshotReader, type Indicator } from './snapshot';

const word = (text: string): NarrativePart => ({ text });

/** 一、 二、 … and （一） （二） … for headings. */
export const sectionNumber = (n: number): string => `${chineseCardinal(n)}、`;
export const subsectionNumber = (n: number): string => `（${chineseCardinal(n)}）`;

/** The city's YTD (its own reported figure, else the computed sum), growth and completion. */
export function cityFigures(reader: SnapshotReader, indicator: Indicator): { ytd: NarrativeNumber | null; growth: NarrativeNumber | null; completion: NarrativeNumber | null; gap: NarrativeNumber | null } {
  const avg = reader.snapshot.averages.find((a) => a.indicatorCode === indicator.code);
  const subject = reader.subject(null, indicator);
  const own = { ...subject, organisationId: reader.cityOrganisationId };
  const book = reader.book;
  const districtYtds = reader.snapshot.rows.map((r) => reader.ytd(r, indicator)?.ref).filter((x): x is string => x !== undefined);
  let ytd: NarrativeNumber | null = null;
  if (avg?.cityOwnYtd) ytd = { value: avg.cityOwnYtd, ref: book.figure(own, 'ytdValue', avg.cityOwnYtd) };
  else if (avg?.citySumYtd) ytd = { value: avg.citySumYtd, ref: book.computed(subject, 'citySumYtd', avg.citySumYtd, districtYtds) };
  let growth: NarrativeNumber | null = null;
  if (avg?.cityOwnYoy) growth = { value: avg.cityOwnYoy, ref: book.figure(own, 'reportedYoy', avg.cityOwnYoy) };
  else if (avg?.cityYoy) growth = { value: avg.cityYoy, ref: book.computed(subject, 'cityYoy', avg.cityYoy, districtYtds) };
  const completion = avg?.cityCompletion ? { value: avg.cityCompletion, ref: book.computed(subject, 'cityCompletion', avg.cityCompletion, districtYtds) } : null;
  let gap: NarrativeNumber | null = null;
  if (completion) {
    const value = sub(dec(completion.value), dec(reader.snapshot.timeProgress)).toFixed();
    const tp = book.computed(subject, 'timeProgress', reader.snapshot.timeProgress, []);
    gap = { value, ref: book.computed(subject, 'progressGap', value, [completion.ref, tp]) };
  }
  return { ytd, growth, completion, gap };
}

/** "全市地方一般公共预算收入完成1234.5亿元，同比增长3.2%，完成年度目标的70.1%，低于时序进度4.9个百分点" */
export function citySentence(reader: SnapshotReader, indicator: Indicator, lead = '全市'): NarrativePart[] {
  const f = cityFigures(reader, indicator);
  const rate = changesInPoints(indicator.unit);
  const head: NarrativePart[] = [word(`${lead}${indicator.name}`)];
  if (f.ytd) head.push(word(rate ? '为' : '完成'), ...amountParts(f.ytd, indicator.unit, indicator.decimals));
  return clauses([
    head,
    f.growth ? growthParts(f.growth, { stated: false, points: rate }) : null,
    f.completion ? completionParts(f.completion) : null,
    f.gap ? timeProgressParts(f.gap) : null,
  ], true);
}

/** The districts in rank order (unranked last, in the snapshot's order). */
export function byRank(reader: SnapshotReader, indicator: Indicator, rows: readonly OverviewRow[] = reader.snapshot.rows): OverviewRow[] {
  const rankOf = (r: OverviewRow) => reader.cell(r, indicator.code)?.rank ?? Number.MAX_SAFE_INTEGER;
  return [...rows].sort((a, b) => rankOf(a) - rankOf(b));
}

/**
 * "江岸区、江汉区等5个区超时序进度，硚口区、青山区等4个区低于时序进度；江岸区位列全市第一，新洲区位列末位。"
 * The counts are computed sources (inputs: the districts' gaps).
 */
export function districtsSentence(reader: SnapshotReader, indicator: Indicator): NarrativePart[] | null {
  const ordered = byRank(reader, indicator);
  const subject = reader.subject(null, indicator);
  const withGap = ordered.map((r) => ({ r, gap: reader.gap(r, indicator) })).filter((x) => x.gap !== null);
  const ahead = withGap.filter((x) => signAsWritten(x.gap!.value, NARRATIVE_RATE_PLACES) > 0);
  const behind = withGap.filter((x) => signAsWritten(x.gap!.value, NARRATIVE_RATE_PLACES) < 0);
  const countRef = (list: typeof withGap, measure: string, words: string) =>
    reader.book.computed(subject, measure, String(list.length), list.map((x) => x.gap!.ref!), `${words}的区数（与时序进度之差按一位小数）`);
  const progress = clauses([
    districtListParts(ahead.map((x) => x.r.organisationName), '超时序进度', { ref: countRef(ahead, 'countAhead', '超时序进度') }),
    districtListParts(behind.map((x) => x.r.organisationName), '低于时序进度', { ref: countRef(behind, 'countBehind', '低于时序进度') }),
  ]);
  const ranked = ordered.filter((r) => reader.cell(r, indicator.code)?.rank != null);
  const first = ranked.filter((r) => reader.cell(r, indicator.code)!.rank === 1);
  const lastRank = ranked.length > 0 ? reader.cell(ranked[ranked.length - 1]!, indicator.code)!.rank! : null;
  const last = lastRank !== null && lastRank > 1 ? ranked.filter((r) => reader.cell(r, indicator.code)!.rank === lastRank) : [];
  const rankParts = (rows: OverviewRow[], words: string): NarrativePart[] | null => {
    if (rows.length === 0) return null;
    const rank = reader.rank(rows[0]!, indicator, 'city');
    return [word(`${rows.map((r) => r.organisationName).join('、')}${rows.length > 1 ? '并列' : '位列'}全市`), { text: words === 'first' ? rankWords(1) : '末位', ...(rank?.ref ? { ref: rank.ref } : {}) }];
  };
  const ranks = clauses([rankParts(first, 'first'), rankParts(last, 'last')]);
  if (progress.length === 0 && ranks.length === 0) return null;
  return clauses([progress.length ? progress : null, ranks.length ? ranks : null], true);
}

/** The districts whose rank by the indicator is the last (末位), shared or not. */
export function lastPlaced(reader: SnapshotReader, indicator: Indicator): OverviewRow[] {
  const ranks = reader.snapshot.rows.map((r) => reader.cell(r, indicator.code)?.rank).filter((x): x is number => x != null);
  if (ranks.length < 2) return [];
  const worst = Math.max(...ranks);
  return worst > 1 ? reader.snapshot.rows.filter((r) => reader.cell(r, indicator.code)?.rank === worst) : [];
}
