// 经济运行简报: the city's bulletin (every indicator's city figure, who is ahead of time progress,
// who leads and trails, the cards, a table of all districts per indicator and the completion charts)
// or a district's (its own indicators in sentences with its rank in its group, its cards, a table).
import type { ReportBlock } from '@hongtu/contracts/reports';
import { comparisonSpan, indicatorSentence, rateText, type ReportSpan } from '@hongtu/domain';
import type { BuildReportInput } from './types';
import { cardSentences, reportCards } from './cards';
import { byRank, citySentence, districtsSentence, sectionNumber } from './city';
import { label } from './labels';
import type { SnapshotReader } from './snapshot';
import { runsOf } from './sources';
import { cardCell, completionChart, measureCells, rankCell, sheetName, targetHeader, textCell, unitIndicatorTable, ytdHeader } from './tables';
import { RANK_WORDS } from './snapshot';

/** The city bulletin's completion charts when the request does not say: the first two indicators' (GDP and investment in the catalogue's order). */
export const CITY_COMPLETION_CHARTS = 2;

export function monthlyBulletinTitle(input: BuildReportInput, span: ReportSpan): string {
  return input.scope.isCity ? `${span.year}年${span.words}全市经济运行简报` : `${input.scope.name}${span.year}年${span.words}经济运行简报`;
}

export function monthlyBulletinBlocks(input: BuildReportInput, span: ReportSpan, reader: SnapshotReader, previous: SnapshotReader | null): ReportBlock[] {
  return input.scope.isCity ? cityBulletin(input, reader) : districtBulletin(input, span, reader, previous);
}

function cityBulletin(input: BuildReportInput, reader: SnapshotReader): ReportBlock[] {
  const { locale } = input;
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 2, text: `${sectionNumber(1)}主要指标完成情况` }];
  for (const indicator of reader.snapshot.indicators) {
    const districts = districtsSentence(reader, indicator);
    blocks.push({ kind: 'paragraph', runs: runsOf([...citySentence(reader, indicator, `${reader.figureSpanWords(indicator) ?? ''}全市`), ...(districts ?? [])]) });
  }
  const cards = reportCards(reader, input.cards);
  blocks.push({ kind: 'heading', level: 2, text: `${sectionNumber(2)}预警情况` });
  const sentences = cardSentences(cards);
  blocks.push(...(sentences.length > 0 ? sentences.map((s) => ({ kind: 'paragraph' as const, runs: runsOf(s) })) : [{ kind: 'paragraph' as const, runs: [{ text: '本期无红黄牌预警。' }] }]));
  blocks.push({ kind: 'heading', level: 2, text: `${sectionNumber(3)}各区主要指标完成情况表` });
  for (const indicator of reader.snapshot.indicators) {
    blocks.push({
      kind: 'table',
      title: `${indicator.name}完成情况`,
      sheetName: sheetName(indicator.name),
      columns: [
        { label: label('district', locale) }, { label: ytdHeader(indicator, locale) }, { label: label('growth', locale) },
        { label: targetHeader(indicator, locale) }, { label: label('completion', locale) }, { label: label('gap', locale) },
        { label: label('rank', locale) }, { label: label('card', locale) },
      ],
      rows: byRank(reader, indicator).map((row) => [
        textCell(row.organisationName),
        ...measureCells(reader, row, indicator),
        rankCell(reader.rank(row, indicator, 'city')),
        cardCell(reader.cell(row, indicator.code)?.card as 'red' | 'yellow' | null, locale),
      ]),
      note: `时序进度${rateText(reader.snapshot.timeProgress)}%；排名按${RANK_WORDS[indicator.rankMeasure] ?? indicator.rankMeasure}。`,
    });
  }
  const charts = reader.snapshot.indicators.map((i) => completionChart(reader, reader.snapshot.rows, i, locale)).filter((c): c is ReportBlock => c !== null).slice(0, input.completionCharts ?? CITY_COMPLETION_CHARTS);
  if (charts.length > 0) blocks.push({ kind: 'heading', level: 2, text: `${sectionNumber(4)}完成情况图` }, ...charts);
  return blocks;
}

function districtBulletin(input: BuildReportInput, span: ReportSpan, reader: SnapshotReader, previous: SnapshotReader | null): ReportBlock[] {
  const { locale } = input;
  const row = reader.row(input.scope.organisationId);
  if (!row) return [{ kind: 'paragraph', runs: [{ text: `${input.scope.name}本期无已发布数据。` }] }];
  const against = comparisonSpan(span)?.words;
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 2, text: `${sectionNumber(1)}主要指标完成情况` }];
  for (const indicator of reader.snapshot.indicators) {
    const facts = { ...reader.facts(row, indicator, { previous, against, rank: 'group' }), periodWords: reader.figureSpanWords(indicator) };
    if (!facts.ytd && !facts.growth) continue;
    blocks.push({ kind: 'paragraph', runs: runsOf(indicatorSentence(facts, { end: true })) });
  }
  const cards = reportCards(reader, input.cards, new Set([row.organisationId]));
  blocks.push({ kind: 'heading', level: 2, text: `${sectionNumber(2)}预警情况` });
  blocks.push(cards.length > 0
    ? { kind: 'paragraph', runs: [{ text: cards.map((c) => `${c.indicatorName}${c.reason}`).join('；') + '。' }] }
    : { kind: 'paragraph', runs: [{ text: '本期无红黄牌预警。' }] });
  blocks.push(unitIndicatorTable(reader, row, reader.snapshot.indicators, locale,
    { title: `${input.scope.name}主要指标完成情况表`, sheetName: sheetName(input.scope.name) }));
  return blocks;
}
