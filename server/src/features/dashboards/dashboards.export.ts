// Overview and ranking as xlsx, laid out as a 通报 table (platform/export/bulletin-sheet.ts): a
// title, the period and units, an indicator over its measures, the city's row first, each measure
// once. Cells go through safeCell (text that starts like a formula is neutralised); numbers stay
// numbers (a real −3.5 stays a number Excel can sum), rates at one decimal as bulletins print them.
import type { Locale, Overview, RankChange, Ranking } from '@hongtu/contracts';
import { cardColourLabel, dec, isUnitCode, parsePeriodKey, periodLabel, sub, toPlainString, unitLabel } from '@hongtu/domain';
import { bulletinWorkbook, type BulletinColumn, type BulletinRow } from '../../platform/export/bulletin-sheet';
import { EXPORT_WORDS as WORDS, type ExportWords as Words } from './export-words';

/** Exact decimal text → a spreadsheet number; amounts have ≤ 13 integer digits, within a double. */
export function num(text: string | null | undefined): number | null {
  return text === null || text === undefined ? null : Number(text);
}

/** Rates at one decimal, as bulletins print them (the API keeps six). */
export function rate(text: string | null | undefined): number | null {
  return text === null || text === undefined ? null : Number(toPlainString(dec(text), 1));
}

export function unitText(unit: string, locale: Locale): string {
  return isUnitCode(unit) ? unitLabel(unit, locale) : unit;
}

const amountFmt = (decimals: number) => (decimals <= 0 ? '#,##0' : `#,##0.${'0'.repeat(Math.min(decimals, 6))}`);
const RATE_FMT = '0.0';

/** "2026年1-10月" / "Jan–Oct 2026". */
export function periodText(periodKey: string, locale: Locale): string {
  const p = parsePeriodKey(periodKey);
  return p ? periodLabel(p, locale, { withYear: true, style: 'months' }) : periodKey;
}

function subtitle(w: Words, periodKey: string, locale: Locale, parts: string[], includesUnapproved: boolean): string {
  return [w.period(periodText(periodKey, locale)), ...parts, includesUnapproved ? w.unapproved : w.approvedOnly].join(w.separator);
}

type OverviewCell = Overview['rows'][number]['cells'][number];
/** What one line of the overview table shows per indicator: a district's cell, or the city's / group's figures. */
type OverviewValues = Partial<Pick<OverviewCell, 'ytdValue' | 'growth' | 'completion' | 'progressGap' | 'growthGap' | 'rank' | 'card'>>;
type OverviewLine = { name: string; cells: OverviewValues[] };

/** The city's and the group's lines: the city's own figure (全市, as the city bureau reports it) and the sums of its units. */
function overviewTotals(overview: Overview, w: Words): OverviewLine[] {
  const lines: OverviewLine[] = [];
  const averages = overview.indicators.map((i) => overview.averages.find((a) => a.indicatorCode === i.code));
  if (averages.some((a) => a && (a.cityOwnYtd != null || a.cityOwnYoy != null))) {
    lines.push({ name: w.cityOwn, cells: averages.map((a) => ({ ytdValue: a?.cityOwnYtd ?? null, growth: a?.cityOwnYoy ?? null, completion: a?.cityOwnCompletion ?? null })) });
  }
  if (overview.rows.length > 1 || averages.some((a) => a?.citySumYtd != null)) {
    lines.push({ name: w.citySum, cells: averages.map((a) => ({ ytdValue: a?.citySumYtd ?? null, growth: a?.cityYoy ?? null, completion: a?.cityCompletion ?? null })) });
  }
  if (averages.some((a) => a && (a.groupCompletion !== null || a.groupYoy !== null))) {
    lines.push({ name: w.groupSum, cells: averages.map((a) => ({ growth: a?.groupYoy ?? null, completion: a?.groupCompletion ?? null })) });
  }
  return lines;
}

export function overviewWorkbook(overview: Overview, locale: Locale): Promise<Buffer> {
  const w = WORDS[locale];
  const columns: BulletinColumn<OverviewLine>[] = [{ header: w.district, width: 14, value: (l) => l.name }];
  overview.indicators.forEach((indicator, i) => {
    const group = `${indicator.name}（${unitText(indicator.unit, locale)}）`;
    const v = (l: OverviewLine) => l.cells[i] ?? {};
    const any = (pick: (c: OverviewCell) => unknown) => overview.rows.some((r) => pick(r.cells[i]!) !== null);
    columns.push({ group, header: w.ytd, width: 12, numFmt: amountFmt(indicator.decimals), value: (l) => num(v(l).ytdValue) });
    columns.push({ group, header: w.growth, width: 9, numFmt: RATE_FMT, value: (l) => rate(v(l).growth) });
    // Each measure once, and only where the indicator has it: completion and the gap for amounts held to a target, the growth gap for growth targets.
    if (any((c) => c.completion)) {
      columns.push({ group, header: w.completion, width: 10, numFmt: RATE_FMT, value: (l) => rate(v(l).completion) });
      columns.push({ group, header: w.gap, width: 10, numFmt: RATE_FMT, value: (l) => rate(v(l).progressGap) });
    }
    if (any((c) => c.growthGap)) columns.push({ group, header: w.growthGap, width: 10, numFmt: RATE_FMT, value: (l) => rate(v(l).growthGap) });
    columns.push({ group, header: w.rank, width: 7, value: (l) => v(l).rank ?? null });
    columns.push({ group, header: w.card, width: 9, value: (l) => { const c = v(l).card; return c ? cardColourLabel(c, locale) : null; } });
  });
  const rows: BulletinRow<OverviewLine>[] = [
    ...overviewTotals(overview, w).map((line) => ({ kind: 'data' as const, row: line, emphasis: true })),
    ...overview.rows.map((r) => ({ kind: 'data' as const, row: { name: r.organisationName, cells: r.cells } })),
  ];
  return bulletinWorkbook({
    sheetName: w.overviewSheet,
    title: w.overviewTitle(periodText(overview.periodKey, locale)),
    subtitle: subtitle(w, overview.periodKey, locale, [w.timeProgress(toPlainString(dec(overview.timeProgress), 1))], overview.includesUnapproved),
    columns,
    rows,
    notes: [w.overviewNote],
  });
}

type RankingRow = Ranking['rows'][number];
type RankingLine = { name: string; row?: RankingRow; measureValue?: string | null };

/**
 * `group`: the ranking is of one group of districts (the page's group filter); its total line is
 * then the group's (中心城区合计, or 本组合计 without the name), never 各区合计.
 */
export function rankingWorkbook(ranking: Ranking, locale: Locale, { group }: { group?: { name: string | null } } = {}): Promise<Buffer> {
  const w = WORDS[locale];
  const unit = unitText(ranking.indicator.unit, locale);
  const moved = (c: RankChange | null | undefined) => (c ? w.movement(c) : null);
  const m = ranking.measure;
  // The ranked measure's column also carries the city's own and the average figure.
  const measured = (l: RankingLine, own: (r: RankingRow) => string | null, asRate = true) => {
    const text = l.row ? own(l.row) : l.measureValue;
    return asRate ? rate(text) : num(text);
  };
  const amount = (l: RankingLine) => (m === 'ytdValue' ? measured(l, (r) => r.ytdValue, false) : num(l.row?.ytdValue));
  const growth = (l: RankingLine) => (m === 'yoy' ? measured(l, (r) => r.growth) : rate(l.row?.growth));
  const completion = (l: RankingLine) => (m === 'completion' ? measured(l, (r) => r.completion) : rate(l.row?.completion));
  const hasGrowthTarget = ranking.rows.some((r) => r.growthTarget !== null);
  const hasAmountTarget = ranking.rows.some((r) => r.amountTarget !== null);
  const columns: BulletinColumn<RankingLine>[] = [
    { header: w.rankBy(w.measures[m]), width: 9, value: (l) => l.row?.rank ?? null },
    { header: w.rankChange, width: 9, value: (l) => moved(l.row?.rankChange) },
    { header: w.district, width: 14, value: (l) => l.name },
    { group: w.amountGroup, header: `${w.ytd}（${unit}）`, width: 13, numFmt: amountFmt(ranking.indicator.decimals), value: amount },
    ...(m === 'ytdValue' ? [] : [
      { group: w.amountGroup, header: w.amountRank, width: 8, value: (l: RankingLine) => l.row?.amountRank ?? null },
      { group: w.amountGroup, header: w.amountRankChange, width: 9, value: (l: RankingLine) => moved(l.row?.amountRankChange) },
    ]),
    { group: w.growthGroup, header: w.growth, width: 9, numFmt: RATE_FMT, value: growth },
    ...(m === 'yoy' ? [] : [
      { group: w.growthGroup, header: w.growthRank, width: 8, value: (l: RankingLine) => l.row?.growthRank ?? null },
      { group: w.growthGroup, header: w.growthRankChange, width: 9, value: (l: RankingLine) => moved(l.row?.growthRankChange) },
    ]),
  ];
  if (hasAmountTarget || m === 'completion' || m === 'progressGap') {
    columns.push(
      { group: w.targetGroup, header: `${w.target}（${unit}）`, width: 12, numFmt: amountFmt(ranking.indicator.decimals), value: (l) => num(l.row?.amountTarget) },
      { group: w.targetGroup, header: w.completion, width: 10, numFmt: RATE_FMT, value: completion },
      { group: w.targetGroup, header: w.gap, width: 10, numFmt: RATE_FMT, value: (l) => (m === 'progressGap' ? measured(l, (r) => r.value) : gapOf(l.row)) },
    );
  }
  if (hasGrowthTarget) {
    columns.push(
      { group: w.targetGroup, header: w.growthTarget, width: 9, numFmt: RATE_FMT, value: (l) => rate(l.row?.growthTarget) },
      { group: w.targetGroup, header: w.growthGap, width: 10, numFmt: RATE_FMT, value: (l) => rate(l.row?.growthGap) },
    );
  }
  columns.push(
    { header: w.vsAverage, width: 10, value: (l) => (l.row?.aboveAverage ? w.above[l.row.aboveAverage] : null) },
    { header: w.card, width: 9, value: (l) => (l.row?.card ? cardColourLabel(l.row.card, locale) : null) },
  );
  const totals: RankingLine[] = [];
  if (ranking.cityOwnValue != null) totals.push({ name: w.cityOwn, measureValue: ranking.cityOwnValue });
  if (ranking.average !== null) {
    const name = ranking.averageBasis === 'mean' ? (group ? w.groupAverage(group.name) : w.average) : group ? w.groupSumOf(group.name) : w.citySum;
    totals.push({ name, measureValue: ranking.average });
  }
  return bulletinWorkbook({
    sheetName: w.rankingSheet,
    title: w.rankingTitle(periodText(ranking.periodKey, locale), ranking.indicator.name, w.measures[m]),
    subtitle: subtitle(w, ranking.periodKey, locale, [w.unit(unit), w.timeProgress(toPlainString(dec(ranking.timeProgress), 1))], ranking.includesUnapproved),
    columns,
    rows: [
      ...totals.map((row) => ({ kind: 'data' as const, row, emphasis: true })),
      ...ranking.rows.map((r) => ({ kind: 'data' as const, row: { name: r.organisationName, row: r } })),
    ],
    notes: [w.rankingNote],
  });
}

/** Completion − time progress in percentage points, at one decimal; null without completion. */
function gapOf(row: RankingRow | undefined): number | null {
  if (!row || row.completion === null) return null;
  return Number(toPlainString(sub(row.completion, row.timeProgress), 1));
}
