// Every economic figure of a Chinese document as a record with its quote (DOMAIN.md "Figures in
// documents"). Pure: the caller passes the catalogue's names, the entities it knows, the document
// date and (for Traditional text) a converter to Simplified; quotes and offsets are in the original.
import { spellOutAbbreviations } from './abbreviations';
import { baseBrackets, insideAny } from './brackets';
import { type Item, classify } from './classify';
import { type Draft, draftsOf } from './drafts';
import { type Cue, comparatorOf, findKindCues } from './cues';
import { DOCUMENT_NAMES_OF, KNOWN_FIGURE_NAMES } from './indicator-names';
import { type NameMention, lastIndexBefore, nameMatcher } from './lexicon';
import { cumulativeToMonth, flowToMonthEnd, levelAtSpanEnd, listedPeriodOf, ofBase, partNotYetOver, sameTimeLastYear, stockAtMonthEnd, targetOfTheYear, totalOfTheYearsProjects } from './figure-periods';
import { cleanName, clauseStart } from './name-words';
import type { IndicatorItem } from './names';
import { normaliseForReading, originalSpan } from './normalise';
import { type PeriodMention, documentPart, findPeriods, firstYearStated, periodAt, periodOfBaseBefore, readSinceNewYear, writesRocYears } from './periods';
import { type Quantity, findQuantities } from './quantities';
import { type TableRow, findTableRows } from './tables';
import { type EntityRef, type Segment, findEntities, resolveEntity, segmentsOf, subjectMention } from './text-structure';
import { dropTitleRepeats, headingsOf, mergeNumberedPoints } from './title-repeats';

export type FigureKind = 'actual' | 'target' | 'plan' | 'forecast';
export type Comparator = '>=' | '<=' | '=';
export type EntityKind = 'organisation' | 'enterprise' | 'project' | 'group';

export interface ExtractedFigure {
  /** Normalised name of the subject as resolved (武昌区, 武汉市, an enterprise or project name). */
  entity: string;
  entityRef: { kind: EntityKind | 'unresolved'; key: string | null };
  /** Catalogue indicator code when matched, else the name as written (Simplified). */
  indicator: string;
  indicatorMatched: boolean;
  /** '2019-Q1' | '2017-H1' | '2019-01' | '2022-01..09' | '2016..2020' | '2021'. */
  period: string;
  kind: FigureKind;
  /** The number as written, in ASCII digits (Chinese numerals read): 1.2万亿元 → '1.2'. */
  value: string | null;
  /** The unit exactly as written, with its 万 / 亿: '万亿元', '亿元', '万美元', '个', '%', '个百分点'. */
  unit: string | null;
  /** Growth in percent as written, negative for 下降 / 负增长. */
  yoy_pct: string | null;
  /** Points above (+) or below (−) time progress. */
  vs_time_progress_pp: string | null;
  comparator: Comparator | null;
  /** The clause quoted, in the original characters; start/end are UTF-16 offsets in the original text. */
  quote: string;
  start: number;
  end: number;
}

export interface ExtractionContext {
  /** ISO date of the document: the year of 今年 when the text states none. */
  documentDate?: string | null;
  indicators: ReadonlyArray<{ code: string; names: readonly string[] }>;
  entities: ReadonlyArray<{ kind: EntityKind; key: string; names: readonly string[] }>;
  /** The subject when the text names none (the issuer's district). */
  defaultEntity?: { kind: EntityKind; key: string; name: string } | null;
  /** Traditional → Simplified (opencc); without it Traditional text is matched as it is. */
  toSimplified?: ((text: string) => string) | null;
}



const GDP_NAMES = ['地区生产总值', '国内生产总值', '生产总值', 'GDP'];
const ECONOMY_GROWTH = ['经济增长率', '经济成长率', '经济增速', '经济增长', '整体经济'];

const matcherCache = new WeakMap<object, ReturnType<typeof nameMatcher<IndicatorItem>>>();

function indicatorMatcher(context: ExtractionContext) {
  const cached = matcherCache.get(context.indicators);
  if (cached) return cached;
  // "经济增长率为5.2%", "經濟成長率為4.93%": the growth of the economy is the growth of GDP
  const gdp = context.indicators.find((i) => i.names.some((name) => GDP_NAMES.includes(name)));
  const entries = [
    ...KNOWN_FIGURE_NAMES.map((name) => ({ name, item: { code: null, name } as IndicatorItem })),
    ...ECONOMY_GROWTH.map((name) => ({ name, item: { code: gdp?.code ?? null, name } as IndicatorItem })),
    // the catalogue's names and the city's aliases, and the other ways documents write the same indicator
    ...context.indicators.flatMap((i) => [...i.names, ...(DOCUMENT_NAMES_OF[i.code] ?? [])].map((name) => ({ name, item: { code: i.code, name } as IndicatorItem }))),
  ];
  // A catalogue name replaces a known name of the same spelling (later entries win in the map).
  const byName = new Map<string, { name: string; item: IndicatorItem }>();
  for (const e of entries) byName.set(context.toSimplified ? context.toSimplified(e.name) : e.name, e);
  const matcher = nameMatcher([...byName.values()], context.toSimplified);
  matcherCache.set(context.indicators, matcher);
  return matcher;
}

function defaultYearOf(text: string, context: ExtractionContext, rocYears: boolean): number {
  const head = firstYearStated(text.slice(0, 300), rocYears);
  if (head !== null) return head;
  const date = /^(\d{4})/.exec(context.documentDate ?? '');
  if (date) return Number(date[1]);
  // no date given: the first year the text states, else this year
  return firstYearStated(text, rocYears) ?? new Date().getUTCFullYear();
}

/**
 * Where the cue words of a figure's kind may stand: its sentence, from the last clause that opens
 * with a period of its own ("年度计划投资50亿元，1-8月完成投资38亿元": the plan is not the second's).
 */
function kindFrom(t: string, periods: readonly PeriodMention[], s: Segment, pos: number): number {
  for (let i = lastIndexBefore(periods, pos); i >= 0 && periods[i]!.start >= s.start; i -= 1) {
    const p = periods[i]!;
    // "主计总处预估，今年全年…": a cue right before the comma governs the clause after it
    if (p.start > s.start && /[，,；;]\s*$/.test(t.slice(Math.max(s.start, p.start - 2), p.start)) && !/(预计|预估|预测|估计|计划|力争)[，,]\s*$/.test(t.slice(Math.max(s.start, p.start - 4), p.start))) return p.start;
  }
  return s.start;
}

function kindAt(cues: readonly Cue[], from: number, pos: number, section: Cue['kind'] = 'actual'): Cue['kind'] {
  for (let i = lastIndexBefore(cues, pos); i >= 0 && cues[i]!.start >= from; i -= 1) {
    if (cues[i]!.near && pos - cues[i]!.end > 2) continue;
    return cues[i]!.kind;
  }
  return section;
}

/** A section heading (二、2018年发展主要预期目标, （二）主要目标): a short line opened by a section number. */
const SECTION_HEADING = /^[ \t]*(?:第?[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])([^\n。]{0,30})$/gm;

/**
 * The kind each section heading gives the figures under it that have no cue of their own: a target
 * under 主要预期目标 / 目标任务 (not under 完成目标情况), else actual. Sorted by start.
 */
function sectionKinds(t: string): Array<{ start: number; kind: Cue['kind'] }> {
  const out: Array<{ start: number; kind: Cue['kind'] }> = [];
  SECTION_HEADING.lastIndex = 0;
  for (let m = SECTION_HEADING.exec(t); m !== null; m = SECTION_HEADING.exec(t)) {
    out.push({ start: m.index, kind: /目标/.test(m[1]!) && !/完成|情况|进展/.test(m[1]!) ? 'target' : 'actual' });
  }
  return out;
}

function sectionStartAt(sections: ReadonlyArray<{ start: number }>, pos: number): number {
  let start = -1;
  for (const section of sections) {
    if (section.start > pos) break;
    start = section.start;
  }
  return start;
}

function sectionKindAt(sections: ReadonlyArray<{ start: number; kind: Cue['kind'] }>, pos: number): Cue['kind'] {
  let kind: Cue['kind'] = 'actual';
  for (const section of sections) {
    if (section.start > pos) break;
    kind = section.kind;
  }
  return kind;
}

export function extractFigures(text: string, context: ExtractionContext): ExtractedFigure[] {
  const n = normaliseForReading(text, context.toSimplified);
  const t = n.text;
  const rocYears = writesRocYears(t);
  const defaultYear = defaultYearOf(t, context, rocYears);
  const indicators = indicatorMatcher(context).find(t);
  const entities = findEntities(t, context);
  const month = /^\d{4}-(\d{2})/.exec(context.documentDate ?? '');
  const documentYear = /^(\d{4})/.exec(context.documentDate ?? '');
  const bases = baseBrackets(t);
  // a period in a comparison base's bracket ("（1-7月为4.9%）") is not the period of a figure
  const periods = findPeriods(t, defaultYear, month ? Number(month[1]) : null, rocYears, documentYear ? Number(documentYear[1]) : null).filter((p) => !insideAny(bases, p.start, p.end));
  const cues = findKindCues(t);
  const quantities = findQuantities(t);
  const out: ExtractedFigure[] = [];
  const rows = findTableRows(t);
  const hasFigure = (from: number, to: number) => {
    const i = lastIndexBefore(quantities, to);
    return i >= 0 && quantities[i]!.start >= from;
  };
  const lineStart = (pos: number) => t.lastIndexOf('\n', pos) + 1;
  const catalogueCode = (written: string) => {
    // "全国规模以上工业企业(…的企业)增加值": the whole area's name before a catalogue name is the subject's
    const name = written.replace(/^全(国|省|市|区|县)/, '');
    if (name.length < 2) return null;
    const [only] = indicatorMatcher(context).find(name);
    return only && only.start === 0 && only.end === name.length ? only.item.code : null;
  };
  const part = documentPart(t, periods, hasFigure);
  const sections = sectionKinds(t);
  const undated = firstYearStated(t.slice(0, 300), rocYears) === null;
  const reviewsYearBefore = month !== null && Number(month[1]) <= 2 && undated;
  const inForce = readSinceNewYear(periods, part, month ? Number(month[1]) : null);
  const firstDatedPeriod = inForce.find((p) => p.year !== null || p.span !== null || p.part !== null)?.start ?? Number.POSITIVE_INFINITY;
  const found: Found = { entities, periods: inForce, cues, context, defaultYear, documentPart: part, lineStart, catalogueCode, reviewsYearBefore, monthOfUndatedText: undated && month && documentYear && Number(documentYear[1]) === defaultYear ? Number(month[1]) : null, firstDatedPeriod, sectionKind: (pos) => sectionKindAt(sections, pos), sectionStart: (pos) => sectionStartAt(sections, pos) };
  for (const row of rows) out.push(rowRecord(text, n, t, row, indicators, found));

  let qi = 0;
  let ri = 0;
  let lastItem: Item | undefined;
  for (const sentence of segmentsOf(t)) {
    while (ri < rows.length && rows[ri]!.end <= sentence.start) ri += 1;
    const inTable = ri < rows.length && rows[ri]!.start <= sentence.start && sentence.end <= rows[ri]!.end + 1;
    const items: Item[] = [];
    const inSentence: Quantity[] = [];
    while (qi < quantities.length && quantities[qi]!.start < sentence.end) {
      const q = quantities[qi]!;
      qi += 1;
      if (q.start < sentence.start) continue;
      if (inTable || insideAny(bases, q.start, q.end)) continue;
      inSentence.push(q);
      // a sentence that opens with 其中 breaks down the last figure of the sentence before
      const previous = items[items.length - 1] ?? (t.startsWith('其中', sentence.start) ? lastItem : undefined);
      const item = classify(t, sentence, q, previous);
      if (item) items.push(item);
    }
    lastItem = items[items.length - 1];
    if (items.length === 0) continue;
    const masks = [...within(entities, sentence), ...within(periods, sentence), ...within(cues, sentence)];
    // (a period in brackets beside a figure is that figure's: the growth after it is still the figure's)
    const drafts = draftsOf(t, sentence, items, inSentence, indicators, masks, within(periods, sentence).filter((p) => !p.bracketed));
    for (const d of drafts) out.push(recordOf(text, n, t, sentence, d, found));
  }
  spellOutAbbreviations(out, t);
  dropTitleRepeats(out, headingsOf(t, n));
  mergeNumberedPoints(out, text);
  return rows.length > 0 ? out.sort((a, b) => a.start - b.start) : out;
}

/** The mentions of a sorted list that overlap a sentence, by binary search. */
function within<T extends { start: number; end: number }>(list: readonly T[], s: Segment): T[] {
  const out: T[] = [];
  for (let i = Math.max(0, lastIndexBefore(list, s.start)); i < list.length && list[i]!.start < s.end; i += 1) {
    if (list[i]!.end > s.start) out.push(list[i]!);
  }
  return out;
}


interface Found {
  entities: ReturnType<typeof findEntities>;
  periods: readonly PeriodMention[];
  cues: readonly Cue[];
  context: ExtractionContext;
  defaultYear: number;
  documentPart: PeriodMention | null;
  lineStart: (pos: number) => number;
  /** The catalogue code of a name put together from a list (城乡 → 城镇居民人均可支配收入), or null. */
  catalogueCode: (name: string) => string | null;
  /** Dated January or February with no year in its opening: what it says has happened is of the year before. */
  reviewsYearBefore: boolean;
  /** The month the document is dated, when its opening states no year (its year is the date's): else null. */
  monthOfUndatedText: number | null;
  /** Where the first period naming a year, span or part of a year stands (Infinity: none), found once per text. */
  firstDatedPeriod: number;
  /** The kind the section heading above a position gives figures without a cue of their own. */
  sectionKind: (pos: number) => Cue['kind'];
  /** Where the numbered section around a position starts (一、…), or -1 before the first. */
  sectionStart: (pos: number) => number;
}

function signed(item: Item | null): string | null {
  if (!item) return null;
  const v = item.q.value;
  if (item.sign === -1) return v.startsWith('-') ? v : `-${v}`;
  return v;
}

function recordOf(original: string, n: ReturnType<typeof normaliseForReading>, t: string, s: Segment, d: Draft, f: Found): ExtractedFigure {
  const anchor = d.indicator && d.indicator.start >= s.start ? d.indicator.start : d.first.start;
  const pos = d.first.start;
  const from = clauseStart(t, s.start, Math.min(anchor, pos));
  const entity: EntityRef = d.place ? placeOf(d.place, f) : resolveEntity(f.entities, s, from, pos, f.context);
  // a name put together from a list (城乡 → 城镇居民人均可支配收入) may be a catalogue name
  const code = d.indicator ? null : f.catalogueCode(d.fallbackName);
  // a sentence that names its own subject starts afresh; otherwise the paragraph's period holds
  // (as it does when the subject named is the document's own: "前三季度,国家高新区…。数据显示,国家高新区实现…")
  const subject = subjectMention(f.entities, s, from, pos);
  const own = f.context.defaultEntity;
  // ("其中,香格里拉市预计完成…": the parts of a whole after 其中 keep the period the whole was stated for)
  const named = !d.place && subject >= 0 && f.entities[subject]!.start >= s.start && f.entities[subject]!.item.kind !== 'pronoun' && !/^\s*其中/.test(t.slice(s.start, s.start + 4))
    && !(own && ((f.entities[subject]!.item.kind === own.kind && f.entities[subject]!.item.key === own.key) || f.entities[subject]!.item.name === own.name));
  const quoteStart = Math.max(s.start, Math.min(anchor, clauseStartOf(t, s, pos)));
  const quoteEnd = clauseEndOf(t, s, d.last.end);
  const span = originalSpan(n, quoteStart, quoteEnd);
  const kind = kindAt(f.cues, kindFrom(t, f.periods, s, pos), pos, f.sectionKind(pos));
  const comparator =
    [d.value, d.growth?.q, d.points?.q]
      .filter((q): q is Quantity => q !== null && q !== undefined)
      .map((q) => comparatorOf(t.slice(Math.max(s.start, q.start - 30), q.start), t.slice(q.end, q.end + 4)))
      .find((c) => c !== null) ?? null;
  // the period in force where the figure stands, then what the figure's own words make of it
  let period = periodAt(f.periods, { from: named ? s.start : s.paragraphStart, clauseEnd: clauseEndOf(t, s, pos), inherit: !named, sentenceStart: s.start, clauseStart: clauseStartOf(t, s, pos), partStart: Math.max(s.start, t.lastIndexOf('；', pos) + 1, t.lastIndexOf(';', pos) + 1), sectionStart: f.sectionStart(pos), documentPart: f.documentPart, lineStart: f.lineStart }, pos, f.defaultYear);
  period = levelAtSpanEnd(period, t, s, d, comparator);
  period = stockAtMonthEnd(period, t, s, d);
  period = flowToMonthEnd(period, t, s, d);
  period = cumulativeToMonth(period, t, s, d);
  period = sameTimeLastYear(period, t, s, d);
  period = targetOfTheYear(period, kind, t, s, d);
  period = totalOfTheYearsProjects(period, t, s, d);
  // a base's own period (比上年同期), or a period listed before 分别, comes before all of these
  period = periodOfBaseBefore(t, s.start, pos, f.defaultYear) ?? listedPeriodOf(f.periods, t, s.start, d, f.defaultYear) ?? period;
  return {
    entity: entity.name,
    entityRef: { kind: entity.kind, key: entity.key },
    indicator: d.indicator ? d.indicator.item.code ?? d.indicator.item.name : code ?? d.fallbackName,
    indicatorMatched: d.indicator !== null ? d.indicator.item.code !== null : code !== null,
    // (1-12月份 is the whole year)
    period: reviewedYear(kind, s, pos, f, ofBase(d, period)).replace(/^(\d{4})-01\.\.12$/, '$1'),
    kind,
    value: d.value ? (d.valueSign === -1 ? `-${d.value.value}` : d.value.value) : null,
    unit: d.value ? d.value.unit : null,
    yoy_pct: signed(d.growth),
    vs_time_progress_pp: signed(d.points),
    comparator,
    quote: original.slice(span.start, span.end),
    start: span.start,
    end: span.end,
  };
}

/**
 * "预计地区生产总值超过2100亿元" in a work report of January 2018 that writes no year: what has happened
 * (actual or estimated) is of the year the report reviews, 2017; its targets and plans are of 2018, and so is
 * an estimate written beside them.
 */
function reviewedYear(kind: FigureKind, s: Segment, pos: number, f: Found, period: string): string {
  // (a target's own amount written in a completion share, 完成市政府考核目标61亿元的117%, is of the same year as the figure)
  if (f.monthOfUndatedText !== null) period = partNotYetOver(period, f.defaultYear, f.monthOfUndatedText);
  if (!f.reviewsYearBefore || kind === 'target' || kind === 'plan' || period !== String(f.defaultYear)) return period;
  // "确保固定资产投资增长15%以上，预计总投入1000亿元": an estimate beside the year's targets is of the year ahead
  if (kind === 'forecast' && f.cues.some((c) => c.start >= s.start && c.start < pos && (c.kind === 'target' || c.kind === 'plan'))) return period;
  if (f.firstDatedPeriod < pos) return period;
  return String(f.defaultYear - 1);
}

/** A data row of a table in the text: its name cell, value, unit and growth, as of the period in force. */
function rowRecord(original: string, n: ReturnType<typeof normaliseForReading>, t: string, row: TableRow, indicators: readonly NameMention<IndicatorItem>[], f: Found): ExtractedFigure {
  const s: Segment = { start: row.start, end: row.end, paragraphStart: row.start };
  // (a column of a table of places is the catalogue's only when its whole header names it: 完成投资额 is no 完成投资)
  const named = indicators.filter((m) => m.start >= row.nameStart && m.end <= row.nameEnd && (!row.place || (m.start === row.nameStart && t.slice(m.end, row.nameEnd).trim() === ''))).sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  const entity = row.place ? placeOf(row.place, f) : resolveEntity(f.entities, s, row.start, row.start, f.context);
  const span = originalSpan(n, row.start, row.end);
  const period = periodAt(f.periods, { from: row.start, clauseEnd: row.end, inherit: true, documentPart: f.documentPart }, row.start, f.defaultYear);
  return {
    entity: entity.name,
    entityRef: { kind: entity.kind, key: entity.key },
    indicator: named ? named.item.code ?? named.item.name : cleanName(row.name),
    indicatorMatched: named !== undefined && named.item.code !== null,
    // (a column of the year's plan, 年投资计划, is of the year)
    period: row.plan ? period.slice(0, 4) : period,
    kind: row.plan ? 'plan' : 'actual',
    value: row.value,
    unit: row.unit,
    yoy_pct: row.growth,
    vs_time_progress_pp: null,
    comparator: null,
    quote: original.slice(span.start, span.end),
    start: span.start,
    end: span.end,
  };
}

/** The entity of a table of places' row: the organisation named in its cell, else the place as written; 合计 / 全州 the document's. */
function placeOf(place: NonNullable<TableRow['place']>, f: Found): { name: string; kind: EntityKind | 'unresolved'; key: string | null } {
  const named = f.entities.find((m) => m.start >= place.start && m.end <= place.end && m.item.kind !== 'pronoun');
  if (named) return { name: named.item.name, kind: named.item.kind as EntityKind | 'unresolved', key: named.item.key };
  const own = f.context.defaultEntity;
  if (own && /^(合计|总计|全[省市州县区])$/.test(place.name)) return { name: own.name, kind: own.kind, key: own.key };
  return { name: place.name, kind: 'unresolved', key: null };
}

function clauseStartOf(t: string, s: Segment, pos: number): number {
  let i = pos;
  while (i > s.start && !/[，,；;：:]/.test(t.charAt(i - 1))) i -= 1;
  return i;
}

function clauseEndOf(t: string, s: Segment, pos: number): number {
  let i = pos;
  while (i < s.end && !/[，,；;。]/.test(t.charAt(i))) i += 1;
  return i;
}


