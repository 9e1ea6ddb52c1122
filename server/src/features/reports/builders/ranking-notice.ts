// 排名通报: for every key indicator the districts in rank order (with their figures and cards), who
// leads and who is last; then the red and yellow cards with their reasons in bulletin wording and
// who answers for them; then the districts placed last (末位), who state at the dispatch meeting how
// they will catch up.
import type { ReportBlock } from '@hongtu/contracts/reports';
import type { ReportSpan } from '@hongtu/domain';
import type { BuildReportInput } from './types';
import { reportCards } from './cards';
import { byRank, districtsSentence, lastPlaced, sectionNumber, subsectionNumber } from './city';
import { label } from './labels';
import { RANK_WORDS, type SnapshotReader } from './snapshot';
import { runsOf } from './sources';
import { cardCell, completionChart, measureCells, rankCell, sheetName, targetHeader, textCell, ytdHeader } from './tables';

export function rankingNoticeTitle(input: BuildReportInput, span: ReportSpan): string {
  const who = input.scope.isCity ? '全市各区' : input.scope.name;
  return `关于${span.year}年${span.words}${who}主要经济指标排名情况的通报`;
}

export function rankingNoticeBlocks(input: BuildReportInput, span: ReportSpan, reader: SnapshotReader): ReportBlock[] {
  const { locale } = input;
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', runs: [{ text: `根据各区${span.words}主要经济指标完成情况，按各指标的排序口径进行排名，现将有关情况通报如下。` }] },
    { kind: 'heading', level: 2, text: `${sectionNumber(1)}主要指标排名情况` },
  ];
  reader.snapshot.indicators.forEach((indicator, i) => {
    blocks.push({ kind: 'heading', level: 3, text: `${subsectionNumber(i + 1)}${indicator.name}` });
    const districts = districtsSentence(reader, indicator);
    blocks.push({ kind: 'paragraph', runs: [{ text: `按${RANK_WORDS[indicator.rankMeasure] ?? indicator.rankMeasure}排序。` }, ...runsOf(districts ?? [])] });
    blocks.push({
      kind: 'table',
      title: `${indicator.name}排名`,
      sheetName: sheetName(`${indicator.name}排名`),
      columns: [
        { label: label('rank', locale) }, { label: label('district', locale) }, { label: ytdHeader(indicator, locale) }, { label: label('growth', locale) },
        { label: targetHeader(indicator, locale) }, { label: label('completion', locale) }, { label: label('gap', locale) }, { label: label('card', locale) },
      ],
      rows: byRank(reader, indicator).map((row) => [
        rankCell(reader.rank(row, indicator, 'city')),
        textCell(row.organisationName),
        ...measureCells(reader, row, indicator),
        cardCell(reader.cell(row, indicator.code)?.card as 'red' | 'yellow' | null, locale),
      ]),
    });
  });

  // The completion of the first indicators ranked by it, drawn against time progress.
  const charts = reader.snapshot.indicators.filter((i) => i.rankMeasure === 'completion')
    .map((i) => completionChart(reader, byRank(reader, i), i, locale)).filter((c): c is ReportBlock => c !== null).slice(0, 2);
  blocks.push(...charts);

  const scopeIds = input.scope.isCity ? undefined : new Set([input.scope.organisationId]);
  const cards = reportCards(reader, input.cards, scopeIds);
  blocks.push({ kind: 'heading', level: 2, text: `${sectionNumber(2)}红黄牌预警情况` });
  if (cards.length === 0) {
    blocks.push({ kind: 'paragraph', runs: [{ text: '本期无红黄牌预警。' }] });
  } else {
    const red = cards.filter((c) => c.colour === 'red').length;
    blocks.push({ kind: 'paragraph', runs: [{ text: `本期共亮红牌${red}张、黄牌${cards.length - red}张，具体如下。` }] });
    blocks.push({
      kind: 'table',
      title: '红黄牌预警',
      sheetName: '红黄牌预警',
      columns: [
        { label: label('district', locale) }, { label: label('indicator', locale) }, { label: label('card', locale) },
        { label: label('reason', locale) }, { label: label('leader', locale) }, { label: label('department', locale) },
      ],
      rows: cards.map((c) => [textCell(c.organisationName), textCell(c.indicatorName), cardCell(c.colour, locale), textCell(c.reason), textCell(c.leader ?? ''), textCell(c.department ?? '')]),
    });
  }

  blocks.push({ kind: 'heading', level: 2, text: `${sectionNumber(3)}末位表态` });
  const answers = reader.snapshot.indicators.flatMap((indicator) => {
    const last = lastPlaced(reader, indicator).filter((r) => scopeIds === undefined || scopeIds.has(r.organisationId));
    return last.map((row) => {
      const card = cards.find((c) => c.organisationId === row.organisationId && c.indicatorCode === indicator.code);
      const who = card?.leader ? `${row.organisationName}（${card.department ?? ''}${card.leader}）` : row.organisationName;
      return `${indicator.name}排名末位的${who}`;
    });
  });
  blocks.push({
    kind: 'paragraph',
    runs: [{ text: answers.length > 0 ? `${answers.join('；')}，在下次调度会上作表态发言，说明原因并提出追赶措施。` : '本期无末位表态单位。' }],
  });
  return blocks;
}
