// 计划执行情况报告 (quarter, half-year, 1..9): one paragraph per indicator the snapshot holds, in the
// order and the wording of the district reports (seed 002: "——全年地区生产总值计划增长9%以上。上半年
// 完成525.69亿元，同比增长8.1%。"), then the table of the indicators.
import type { ReportBlock } from '@hongtu/contracts/reports';
import { changesInPoints, clauses, comparisonSpan, indicatorSentence, planSentence, rankParts, type NarrativePart, type ReportSpan } from '@hongtu/domain';
import type { BuildReportInput } from './types';
import { citySentence, sectionNumber, subsectionNumber } from './city';
import { type SnapshotReader, type Indicator } from './snapshot';
import { runsOf } from './sources';
import { sheetName, unitIndicatorTable } from './tables';

/** The order the plan-execution reports take the indicators in (seeds 002 and 004); others follow in the snapshot's order. */
export const EXECUTION_ORDER = [
  'gdp', 'fixed_asset_investment', 'industrial_investment', 'real_estate_investment', 'general_budget_revenue',
  'investment_funds_in_place', 'industrial_funds_in_place', 'utilized_foreign_capital', 'fdi', 'retail_sales',
  'industrial_output', 'industrial_value_added', 'foreign_trade', 'urban_disposable_income', 'new_market_entities',
  'signed_projects', 'major_projects_started', 'enterprises_entering_scale', 'new_urban_jobs', 'registered_unemployment_rate',
];

export function executionOrder(indicators: readonly Indicator[]): Indicator[] {
  const at = (code: string) => { const i = EXECUTION_ORDER.indexOf(code); return i < 0 ? EXECUTION_ORDER.length : i; };
  return indicators.map((ind, i) => ({ ind, i })).sort((a, b) => at(a.ind.code) - at(b.ind.code) || a.i - b.i).map((x) => x.ind);
}

export function executionReportTitle(input: BuildReportInput, span: ReportSpan): string {
  return `关于${input.scope.name}${span.year}年${span.words}国民经济和社会发展计划执行情况的报告`;
}

/** "——全年…计划…。上半年完成…，同比增长…。" for one district and indicator; null when it has no figure. */
export function executionParagraph(reader: SnapshotReader, input: BuildReportInput, span: ReportSpan, indicator: Indicator, previous: SnapshotReader | null): NarrativePart[] | null {
  const row = reader.row(input.scope.organisationId);
  if (!row) return null;
  const against = comparisonSpan(span)?.words;
  const facts = reader.facts(row, indicator, { previous, against, rank: 'group', growthGap: true });
  if (!facts.ytd && !facts.growth) return null;
  // A growth judged on a comparable basis (同口径) is planned on it too.
  const plan = planSentence({
    name: indicator.name, unit: indicator.unit, decimals: indicator.decimals,
    amountTarget: reader.amountTarget(row, indicator), growthTarget: reader.growthTarget(row, indicator), growthBasisWords: facts.growth?.basisWords,
  }, { end: true });
  const rate = changesInPoints(indicator.unit);
  // After the plan the span opens the sentence ("上半年完成525.69亿元"); a rate keeps its name ("上半年城镇登记失业率为2.9%").
  const sentence = indicatorSentence({ ...facts, rank: null, name: plan && !rate ? '' : indicator.name, periodWords: span.words });
  const cell = reader.cell(row, indicator.code);
  const ceiling = cell?.amountMet != null && cell.amountComparator === 'le' ? [{ text: cell.amountMet ? '控制在目标以内' : '高于控制目标' }] : null;
  // A rate's rank is by its level, said without 总量.
  const rank = facts.rank ? rankParts(rate ? { ...facts.rank, measureWords: undefined } : facts.rank) : null;
  return [{ text: '——' }, ...(plan ?? []), ...clauses([sentence, ceiling, rank], true)];
}

export function executionReportBlocks(input: BuildReportInput, span: ReportSpan, reader: SnapshotReader, previous: SnapshotReader | null): ReportBlock[] {
  const { locale } = input;
  const indicators = executionOrder(reader.snapshot.indicators);
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 2, text: `${sectionNumber(1)}${span.words}计划执行情况` },
    { kind: 'heading', level: 3, text: `${subsectionNumber(1)}主要指标完成情况` },
  ];
  for (const indicator of indicators) {
    const parts = input.scope.isCity ? [{ text: '——' }, ...citySentence(reader, indicator, `${span.words}全市`)] : executionParagraph(reader, input, span, indicator, previous);
    if (parts) blocks.push({ kind: 'paragraph', runs: runsOf(parts) });
  }
  const row = reader.row(input.scope.organisationId);
  if (row && !input.scope.isCity) {
    blocks.push({ kind: 'heading', level: 3, text: `${subsectionNumber(2)}主要指标完成情况表` });
    const reported = indicators.filter((i) => reader.cell(row, i.code)?.ytdValue || reader.cell(row, i.code)?.growth);
    blocks.push(unitIndicatorTable(reader, row, reported, locale,
      { title: `${input.scope.name}${span.year}年${span.words}主要指标完成情况`, sheetName: sheetName(`${span.words}主要指标`) }));
  }
  return blocks;
}
