// Table cells and charts of a report: each cell carries the exact value for the workbook with an
// Excel number format and its source; charts carry display numbers only (drawn, never read back).
import type { ReportBlock, ReportCell } from '@hongtu/contracts/reports';
import { NARRATIVE_RATE_PLACES, REPORTED_RATE_MAX_PLACES, amountText, dec, statedPlaces, toPlainString, unitWords, type Locale, type NarrativeNumber } from '@hongtu/domain';
import { label } from './labels';
import { SnapshotReader, type Indicator } from './snapshot';
import type { OverviewRow } from '@hongtu/contracts/dashboards';

/** The Excel number format of a value shown with `places` decimals ("0.00"; counts "#,##0"). */
export function numFmt(places: number, grouped = false): string {
  const whole = grouped ? '#,##0' : '0';
  return places <= 0 ? whole : `${whole}.${'0'.repeat(places)}`;
}

export const textCell = (text: string): ReportCell => ({ text });

/** A number cell: the exact value, shown at `places` decimals; null → an empty cell. */
export function numberCell(n: NarrativeNumber | null, places: number, options: { grouped?: boolean; card?: 'red' | 'yellow' | null } = {}): ReportCell {
  const card = options.card ?? undefined;
  if (n === null) return card ? { text: '', value: null, card } : { text: '', value: null };
  const cell: ReportCell = { text: amountText(n.value, places), value: n.value, numFmt: numFmt(places, options.grouped) };
  if (n.ref !== undefined) cell.sourceId = n.ref;
  if (card) cell.card = card;
  return cell;
}

export function rankCell(rank: { rank: number; ref?: string } | null): ReportCell {
  if (rank === null) return { text: '', value: null };
  return { text: String(rank.rank), value: String(rank.rank), numFmt: '0', ...(rank.ref ? { sourceId: rank.ref } : {}) };
}

export function cardCell(colour: 'red' | 'yellow' | null | undefined, locale: Locale): ReportCell {
  return colour ? { text: label(colour, locale), card: colour } : { text: '' };
}

/** The cells of one district × indicator: YTD, growth, target, completion, gap to time progress. */
export function measureCells(reader: SnapshotReader, row: OverviewRow, indicator: Indicator): ReportCell[] {
  const ytd = reader.ytd(row, indicator);
  const target = reader.amountTarget(row, indicator);
  const growth = reader.growth(row, indicator);
  const count = indicator.unit.startsWith('count');
  return [
    numberCell(ytd, ytd ? SnapshotReader.places(ytd.value, indicator) : indicator.decimals, { grouped: count }),
    // A stated rate with its own decimals (15.61), ours at one.
    numberCell(growth, growth?.stated ? Math.min(statedPlaces(growth.value), REPORTED_RATE_MAX_PLACES) : NARRATIVE_RATE_PLACES),
    numberCell(target, target ? SnapshotReader.places(target.value, indicator) : indicator.decimals, { grouped: count }),
    numberCell(reader.completion(row, indicator), NARRATIVE_RATE_PLACES),
    numberCell(reader.gap(row, indicator), NARRATIVE_RATE_PLACES),
  ];
}

/** One unit's table of indicators: unit, YTD, growth, target, completion, gap, rank in its group, card. */
export function unitIndicatorTable(reader: SnapshotReader, row: OverviewRow, indicators: readonly Indicator[], locale: Locale,
  heading: { title: string; sheetName: string }): Extract<ReportBlock, { kind: 'table' }> {
  return {
    kind: 'table',
    title: heading.title,
    sheetName: heading.sheetName,
    columns: [
      { label: label('indicator', locale) }, { label: label('unit', locale) }, { label: label('ytd', locale) }, { label: label('growth', locale) },
      { label: label('target', locale) }, { label: label('completion', locale) }, { label: label('gap', locale) },
      { label: label('groupRank', locale) }, { label: label('card', locale) },
    ],
    rows: indicators.map((indicator) => [
      textCell(indicator.name),
      textCell(unitWords(indicator.unit)),
      ...measureCells(reader, row, indicator),
      rankCell(reader.rank(row, indicator, 'group')),
      cardCell(reader.cell(row, indicator.code)?.card as 'red' | 'yellow' | null, locale),
    ]),
  };
}

/** "累计完成(亿元)" with the indicator's unit. */
export const ytdHeader = (indicator: Indicator, locale: Locale): string => `${label('ytd', locale)}(${unitWords(indicator.unit)})`;
export const targetHeader = (indicator: Indicator, locale: Locale): string => `${label('target', locale)}(${unitWords(indicator.unit)})`;

/** Sheet names: at most 31 characters, without the characters Excel refuses. */
export const sheetName = (text: string): string => text.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);

const chartNumber = (value: string | null | undefined): number | null => (value ? Number(toPlainString(dec(value), 1)) : null);

/** Completion by district as bars, with the time progress as a reference line. */
export function completionChart(reader: SnapshotReader, rows: readonly OverviewRow[], indicator: Indicator, locale: Locale): ReportBlock | null {
  const values = rows.map((r) => chartNumber(reader.cell(r, indicator.code)?.completion));
  if (values.every((v) => v === null)) return null;
  const progress = chartNumber(rows.map((r) => reader.cell(r, indicator.code)?.timeProgress).find((t) => t) ?? reader.snapshot.timeProgress);
  return {
    kind: 'chart',
    title: `${indicator.name}${label('completion', locale)}`,
    chart: {
      type: 'bar',
      categories: rows.map((r) => r.organisationName),
      series: [{ name: label('completionSeries', locale), values }],
      unit: '%',
      ...(progress === null ? {} : { markLine: { name: label('timeProgress', locale), value: progress } }),
    },
  };
}
