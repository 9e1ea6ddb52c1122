// Overview and ranking as xlsx (issue §5: "Export any ranking or table to xlsx"). Cells go
// through platform/export/xlsx.ts: text that starts like a formula is neutralised; numbers are
// written as numbers (a real −3.5 stays a number Excel can sum).
import type { Locale, Overview, RankChange, Ranking } from '@hongtu/contracts';
import { cardColourLabel, dec, isUnitCode, toPlainString, unitLabel } from '@hongtu/domain';
import { buildSheet, type SheetColumn } from '../../platform/export/xlsx';

type Words = {
  district: string; rank: string; groupRank: string; ytd: string; yoy: string; reportedYoy: string; target: string;
  completion: string; timeProgress: string; gap: string; card: string; value: string; vsAverage: string;
  overviewSheet: string; rankingSheet: string; measures: Record<Ranking['measure'], string>; above: Record<'above' | 'equal' | 'below', string>;
  monthValue: string; growth: string; growthTarget: string; growthGap: string; targetMet: string; met: Record<'true' | 'false', string>;
  rankChange: string; amountRank: string; amountRankChange: string; growthRank: string; growthRankChange: string;
  movement: (change: RankChange) => string;
};

const WORDS: Record<Locale, Words> = {
  'zh-CN': {
    district: '区（功能区）', rank: '全市排名', groupRank: '组内排名', ytd: '累计值', yoy: '同比增长（%，计算）', reportedYoy: '同比增长（%，上报）',
    target: '年度目标', completion: '完成率（%）', timeProgress: '时序进度（%）', gap: '与时序进度差（个百分点）', card: '预警', value: '排名指标',
    vsAverage: '与平均水平', overviewSheet: '全市总览', rankingSheet: '指标排名',
    measures: { completion: '完成率（%）', yoy: '同比增长（%）', progressGap: '与时序进度差（个百分点）', ytdValue: '累计值' },
    above: { above: '高于平均', equal: '持平', below: '低于平均' },
    monthValue: '当月（计算）', growth: '增速（%）', growthTarget: '增速目标（%）', growthGap: '与增速目标差（个百分点）', targetMet: '目标达成',
    met: { true: '达成', false: '未达成' },
    rankChange: '名次变化', amountRank: '总量排名', amountRankChange: '总量名次变化', growthRank: '增速排名', growthRankChange: '增速名次变化',
    movement: (c) => (c.movement === 'up' ? `进位${c.places}` : c.movement === 'down' ? `退位${c.places}` : c.movement === 'same' ? '持平' : '新进'),
  },
  'zh-TW': {
    district: '區（功能區）', rank: '全市排名', groupRank: '組內排名', ytd: '累計值', yoy: '同比增長（%，計算）', reportedYoy: '同比增長（%，上報）',
    target: '年度目標', completion: '完成率（%）', timeProgress: '時序進度（%）', gap: '與時序進度差（個百分點）', card: '預警', value: '排名指標',
    vsAverage: '與平均水準', overviewSheet: '全市總覽', rankingSheet: '指標排名',
    measures: { completion: '完成率（%）', yoy: '同比增長（%）', progressGap: '與時序進度差（個百分點）', ytdValue: '累計值' },
    above: { above: '高於平均', equal: '持平', below: '低於平均' },
    monthValue: '當月（計算）', growth: '增速（%）', growthTarget: '增速目標（%）', growthGap: '與增速目標差（個百分點）', targetMet: '目標達成',
    met: { true: '達成', false: '未達成' },
    rankChange: '名次變化', amountRank: '總量排名', amountRankChange: '總量名次變化', growthRank: '增速排名', growthRankChange: '增速名次變化',
    movement: (c) => (c.movement === 'up' ? `進位${c.places}` : c.movement === 'down' ? `退位${c.places}` : c.movement === 'same' ? '持平' : '新進'),
  },
  en: {
    district: 'District', rank: 'City rank', groupRank: 'Group rank', ytd: 'Year to date', yoy: 'YoY % (computed)', reportedYoy: 'YoY % (reported)',
    target: 'Annual target', completion: 'Completion %', timeProgress: 'Time progress %', gap: 'Gap to time progress (pp)', card: 'Card', value: 'Measure',
    vsAverage: 'Against average', overviewSheet: 'City overview', rankingSheet: 'Ranking',
    measures: { completion: 'Completion %', yoy: 'YoY growth %', progressGap: 'Gap to time progress (pp)', ytdValue: 'Year to date' },
    above: { above: 'above average', equal: 'at average', below: 'below average' },
    monthValue: 'Month (computed)', growth: 'Growth %', growthTarget: 'Growth target %', growthGap: 'Gap to growth target (pp)', targetMet: 'Target',
    met: { true: 'met', false: 'not met' },
    rankChange: 'Change', amountRank: 'Rank by amount', amountRankChange: 'Change (amount)', growthRank: 'Rank by growth', growthRankChange: 'Change (growth)',
    movement: (c) => (c.movement === 'up' ? `up ${c.places}` : c.movement === 'down' ? `down ${c.places}` : c.movement === 'same' ? 'same' : 'new'),
  },
};

/** Exact decimal text → a spreadsheet number; amounts have ≤ 13 integer digits, within a double. */
export function num(text: string | null): number | null {
  return text === null ? null : Number(text);
}

/** Rates are shown with two decimals in the sheet (the API keeps six). */
function rate(text: string | null): number | null {
  return text === null ? null : Number(toPlainString(dec(text), 2));
}

function unitText(unit: string, locale: Locale): string {
  return isUnitCode(unit) ? unitLabel(unit, locale) : unit;
}

type OverviewRow = Overview['rows'][number];

export function overviewWorkbook(overview: Overview, locale: Locale): Promise<Buffer> {
  const w = WORDS[locale];
  const columns: SheetColumn<OverviewRow>[] = [{ header: w.district, width: 16, value: (r) => r.organisationName }];
  overview.indicators.forEach((indicator, i) => {
    const cell = (r: OverviewRow) => r.cells[i]!;
    const h = (what: string) => `${indicator.name} ${what}`;
    columns.push(
      { header: h(`${w.ytd}（${unitText(indicator.unit, locale)}）`), value: (r) => num(cell(r).ytdValue) },
      { header: h(w.target), value: (r) => num(cell(r).amountTarget) },
      { header: h(w.reportedYoy), value: (r) => num(cell(r).reportedYoy) },
      { header: h(w.yoy), value: (r) => rate(cell(r).yoy) },
      { header: h(w.completion), value: (r) => rate(cell(r).completion) },
      { header: h(w.timeProgress), value: (r) => rate(cell(r).timeProgress) },
      { header: h(w.gap), value: (r) => rate(cell(r).progressGap) },
      { header: h(`${w.monthValue}（${unitText(indicator.unit, locale)}）`), value: (r) => num(cell(r).monthValue) },
      { header: h(w.growthGap), value: (r) => rate(cell(r).growthGap) },
      { header: h(w.targetMet), width: 10, value: (r) => metText(cell(r), w) },
      { header: h(w.card), width: 10, value: (r) => { const c = cell(r).card; return c ? cardColourLabel(c, locale) : null; } },
      { header: h(w.rank), width: 10, value: (r) => cell(r).rank },
      { header: h(w.groupRank), width: 10, value: (r) => cell(r).groupRank },
    );
  });
  return buildSheet(w.overviewSheet, columns, overview.rows);
}

/** 达成 / 未达成 for a ceiling or a target of a rate, else for the growth target; empty without either. */
function metText(r: Pick<Overview['rows'][number]['cells'][number], 'amountMet' | 'growthMet'>, w: Words): string | null {
  const met = r.amountMet ?? r.growthMet;
  return met === null ? null : w.met[met ? 'true' : 'false'];
}

type RankingRow = Ranking['rows'][number];

export function rankingWorkbook(ranking: Ranking, locale: Locale): Promise<Buffer> {
  const w = WORDS[locale];
  // The ranked value as published (rates at one decimal, amounts at the indicator's decimals).
  const value = (r: RankingRow) => num(r.rankedValue);
  const moved = (c: RankChange | null) => (c === null ? null : w.movement(c));
  const columns: SheetColumn<RankingRow>[] = [
    { header: w.rank, width: 8, value: (r) => r.rank },
    { header: w.rankChange, width: 10, value: (r) => moved(r.rankChange) },
    { header: w.district, width: 16, value: (r) => r.organisationName },
    { header: `${ranking.indicator.name} ${w.measures[ranking.measure]}`, width: 24, value },
    { header: `${w.ytd}（${unitText(ranking.indicator.unit, locale)}）`, value: (r) => num(r.ytdValue) },
    { header: w.amountRank, width: 10, value: (r) => r.amountRank },
    { header: w.amountRankChange, width: 12, value: (r) => moved(r.amountRankChange) },
    { header: w.growth, value: (r) => rate(r.growth) },
    { header: w.growthRank, width: 10, value: (r) => r.growthRank },
    { header: w.growthRankChange, width: 12, value: (r) => moved(r.growthRankChange) },
    { header: w.target, value: (r) => num(r.amountTarget) },
    { header: w.completion, value: (r) => rate(r.completion) },
    { header: w.timeProgress, value: (r) => rate(r.timeProgress) },
    { header: w.growthTarget, value: (r) => num(r.growthTarget) },
    { header: w.growthGap, value: (r) => rate(r.growthGap) },
    { header: w.targetMet, width: 10, value: (r) => metText(r, w) },
    { header: `${w.monthValue}（${unitText(ranking.indicator.unit, locale)}）`, value: (r) => num(r.monthValue) },
    { header: w.vsAverage, width: 12, value: (r) => (r.aboveAverage ? w.above[r.aboveAverage] : null) },
    { header: w.card, width: 10, value: (r) => (r.card ? cardColourLabel(r.card, locale) : null) },
  ];
  return buildSheet(w.rankingSheet, columns, ranking.rows);
}
