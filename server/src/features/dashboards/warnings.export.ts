// The warning board (落后席) as the dispatch meeting prints it: the page's filters, grouped by
// district or by indicator, each card with its short reason in bulletin wording, how many months
// in a row it has been carried, and who answers for it; a 通报 table on A4 landscape.
import type { Card, Locale, WarningBoard } from '@hongtu/contracts';
import { CARD_COLOURS, cardColourLabel, countColours, filterBoard, groupBoard, type BoardGrouping, type CardColour } from '@hongtu/domain';
import { bulletinWorkbook, type BulletinColumn, type BulletinRow } from '../../platform/export/bulletin-sheet';
import { periodText } from './dashboards.export';

type Words = {
  sheet: string; title: (period: string) => string; period: (text: string) => string; unapproved: string; approvedOnly: string; separator: string;
  index: string; district: string; indicator: string; card: string; months: string; reason: string; leader: string; department: string;
  total: (counts: string) => string; count: (colour: string, n: number) => string; none: string; note: string;
};

const WORDS: Record<Locale, Words> = {
  'zh-CN': {
    sheet: '预警通报', title: (p) => `${p}主要经济指标预警情况`, period: (t) => `统计时段：${t}`, unapproved: '含未审核数据', approvedOnly: '数据均已审核', separator: '　　',
    index: '序号', district: '区（功能区）', indicator: '指标', card: '预警', months: '连续月数', reason: '预警原因', leader: '责任领导', department: '责任单位',
    total: (c) => `共${c}`, count: (colour, n) => `${colour}${n}个`, none: '本月无预警', note: '注：连续月数为截至本月连续被预警的月数（不报送的月份不计），最多计12个月。',
  },
  'zh-TW': {
    sheet: '預警通報', title: (p) => `${p}主要經濟指標預警情況`, period: (t) => `統計時段：${t}`, unapproved: '含未審核資料', approvedOnly: '資料均已審核', separator: '　　',
    index: '序號', district: '區（功能區）', indicator: '指標', card: '預警', months: '連續月數', reason: '預警原因', leader: '責任領導', department: '責任單位',
    total: (c) => `共${c}`, count: (colour, n) => `${colour}${n}個`, none: '本月無預警', note: '註：連續月數為截至本月連續被預警的月數（不報送的月份不計），最多計12個月。',
  },
  en: {
    sheet: 'Warnings', title: (p) => `Warning cards, ${p}`, period: (t) => `Period: ${t}`, unapproved: 'includes figures not yet approved', approvedOnly: 'approved figures only', separator: '    ',
    index: 'No.', district: 'District', indicator: 'Indicator', card: 'Card', months: 'Months in a row', reason: 'Reason', leader: 'Leader', department: 'Department',
    total: (c) => `Total: ${c}`, count: (colour, n) => `${colour} ${n}`, none: 'No cards this month', note: 'Note: months in a row counts the months up to this one the card has been carried (months not reported are passed over), at most 12.',
  },
};

type Line = { n: number; card: Card };

/** The page's view of the board: its grouping and filters (empty lists → all). */
export type BoardView = { groupBy: BoardGrouping; colours: readonly CardColour[]; districts: readonly number[]; indicators: readonly string[] };

function countsText(counts: Record<CardColour, number>, w: Words, locale: Locale): string {
  return CARD_COLOURS.filter((c) => counts[c] > 0).map((c) => w.count(cardColourLabel(c, locale), counts[c])).join(locale === 'en' ? ', ' : '，');
}

/** The board's cards chosen by the page's filters, grouped as the page shows them. */
export function boardLines(board: WarningBoard, query: BoardView) {
  const cards = filterBoard(board.cards, { colours: query.colours, organisationIds: query.districts, indicatorCodes: query.indicators });
  return groupBoard(cards, query.groupBy);
}

export function warningBoardWorkbook(board: WarningBoard, query: BoardView, locale: Locale): Promise<Buffer> {
  const w = WORDS[locale];
  const groups = boardLines(board, query);
  const byDistrict = query.groupBy === 'district';
  const columns: BulletinColumn<Line>[] = [
    { header: w.index, width: 6, value: (l) => l.n },
    byDistrict
      ? { header: w.indicator, width: 22, align: 'left', value: (l) => l.card.indicatorName }
      : { header: w.district, width: 14, align: 'left', value: (l) => l.card.organisationName },
    { header: w.card, width: 9, value: (l) => cardColourLabel(l.card.colour, locale) },
    { header: w.months, width: 9, value: (l) => l.card.monthsCarded },
    { header: w.reason, width: 46, align: 'left', value: (l) => l.card.shortReason },
    { header: w.leader, width: 14, value: (l) => l.card.leader },
    { header: w.department, width: 16, value: (l) => l.card.department },
  ];
  const rows: BulletinRow<Line>[] = [];
  let n = 0;
  for (const group of groups) {
    rows.push({ kind: 'section', text: `${group.name}（${countsText(group.counts, w, locale)}）` });
    for (const card of group.cards) rows.push({ kind: 'data', row: { n: (n += 1), card } });
  }
  const all = groups.flatMap((g) => g.cards);
  const total = all.length === 0 ? w.none : w.total(countsText(countColours(all), w, locale));
  return bulletinWorkbook({
    sheetName: w.sheet,
    title: w.title(periodText(board.periodKey, locale)),
    subtitle: [w.period(periodText(board.periodKey, locale)), total, board.includesUnapproved ? w.unapproved : w.approvedOnly].join(w.separator),
    columns,
    rows,
    notes: [w.note],
  });
}
