// Every economic figure of a Chinese document as a record with its quote (DOMAIN.md "Figures in
// documents"). Pure: the caller passes the catalogue's names, the entities it knows, the document
// date and (for Traditional text) a converter to Simplified; quotes and offsets are in the original.
import { spellOutAbbreviations } from './abbreviations';
import { baseBrackets, insideAny, openBracketBefore } from './brackets';
import { type Item, classify } from './classify';
import { type Cue, comparatorOf, findKindCues } from './cues';
import { KNOWN_FIGURE_NAMES } from './indicator-names';
import { type NameMention, lastBefore, lastIndexBefore, nameMatcher } from './lexicon';
import { type IndicatorItem, chooseIndicator, cleanName, clauseStart, listGoingOn } from './names';
import { normaliseForReading, originalSpan } from './normalise';
import { type PeriodMention, documentPart, findPeriods, firstYearStated, periodAt, periodOfBaseBefore, writesRocYears } from './periods';
import { type Quantity, findQuantities } from './quantities';
import { type TableRow, findTableRows } from './tables';
import { type EntityRef, type Segment, findEntities, resolveEntity, segmentsOf, subjectMention } from './text-structure';
import { dropTitleRepeats, titleEndOf } from './title-repeats';

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


interface Draft {
  indicator: NameMention<IndicatorItem> | null;
  fallbackName: string;
  value: Quantity | null;
  valueSign: 1 | -1;
  /** A change against an earlier period written as an amount (比上年增加3135.7亿元). */
  change: boolean;
  growth: Item | null;
  points: Item | null;
  first: Quantity;
  last: Quantity;
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
    ...context.indicators.flatMap((i) => i.names.map((name) => ({ name, item: { code: i.code, name } as IndicatorItem }))),
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
    if (p.start > s.start && /[，,；;]\s*$/.test(t.slice(Math.max(s.start, p.start - 2), p.start))) return p.start;
  }
  return s.start;
}

function kindAt(cues: readonly Cue[], from: number, pos: number): Cue['kind'] {
  for (let i = lastIndexBefore(cues, pos); i >= 0 && cues[i]!.start >= from; i -= 1) {
    if (cues[i]!.near && pos - cues[i]!.end > 2) continue;
    return cues[i]!.kind;
  }
  return 'actual';
}

export function extractFigures(text: string, context: ExtractionContext): ExtractedFigure[] {
  const n = normaliseForReading(text, context.toSimplified);
  const t = n.text;
  const rocYears = writesRocYears(t);
  const defaultYear = defaultYearOf(t, context, rocYears);
  const indicators = indicatorMatcher(context).find(t);
  const entities = findEntities(t, context);
  const month = /^\d{4}-(\d{2})/.exec(context.documentDate ?? '');
  const bases = baseBrackets(t);
  // a period in a comparison base's bracket ("（1-7月为4.9%）") is not the period of a figure
  const periods = findPeriods(t, defaultYear, month ? Number(month[1]) : null, rocYears).filter((p) => !insideAny(bases, p.start, p.end));
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
  const found: Found = { entities, periods, cues, context, defaultYear, documentPart: documentPart(t, periods, hasFigure, month ? Number(month[1]) : null), lineStart, catalogueCode };
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
    const drafts = draftsOf(t, sentence, items, inSentence, indicators, masks, within(periods, sentence));
    for (const d of drafts) out.push(recordOf(text, n, t, sentence, d, found));
  }
  spellOutAbbreviations(out, t);
  dropTitleRepeats(out, titleEndOf(t, n));
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

function draftsOf(
  t: string,
  s: Segment,
  items: readonly Item[],
  quantities: readonly Quantity[],
  indicators: readonly NameMention<IndicatorItem>[],
  masks: ReadonlyArray<{ start: number; end: number }>,
  periodsIn: ReadonlyArray<{ start: number; end: number }>,
): Draft[] {
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  let previous: Draft | null = null;
  for (const item of items) {
    let choice = chooseIndicator(t, s, item.q, item.role, quantities, indicators, masks);
    // "…，累计分别达到956家和561家": the n-th number takes the name of the n-th of the figures just before
    const going = item.role !== 'points' ? listGoingOn(t, s.start, item.q, quantities, indicators) : null;
    const listedBefore = going ? drafts.filter((d) => d.last.end <= going.clauseStart) : [];
    if (going && listedBefore.length >= going.count) {
      const d = listedBefore[listedBefore.length - going.count + going.index]!;
      // "…分别达到74997元和40311元，分别增长4.8%和7.3%": the n-th growth is the n-th figure's
      if (item.role === 'growth' && d.growth === null) {
        d.growth = item;
        continue;
      }
      choice = { mention: d.indicator, name: d.fallbackName };
    }
    // "介于530亿至550亿美元", "年增率介于-1.1%至2.6%": the second end of a range is named as the first
    const rangeEnd = current !== null && /^[至到~～]-?$/.test(t.slice(current.last.end, item.q.start));
    // "贡献率分别为3.3%、75.2%和21.5%": a rate listed after a rate, named nowhere itself, is named as it
    const listedRate = current !== null && choice.inherited === true && item.role === 'value' && item.q.kind === 'percent' && current.last === current.value && current.value.kind === 'percent' && /^[、和及与]$/.test(t.slice(current.last.end, item.q.start));
    if (current && (rangeEnd || listedRate)) choice = { mention: current.indicator, name: current.fallbackName };
    // "收入45.6亿元（其中税收收入38.2亿元），增长3.2%": a growth after a bracket is the figure's before the bracket
    if (choice.inherited && item.role === 'growth' && current && current.growth === null && previous && previous.growth === null && /^[)）][，,]?[^，,；;。\d]{0,6}$/.test(t.slice(current.last.end, item.q.start).replace(/^[^)）]*/, '')) && openBracketBefore(t, s.start, current.first.start) > previous.last.end - 1) {
      previous.growth = item;
      previous.last = item.q;
      continue;
    }
    // named nowhere in its own clause: the figure before it in the sentence names it ("蔬菜产量238.6万吨,增长2.6%")
    // "增长5.7%,增速同比提高2.3个百分点": a change of its rate in points likewise
    if (choice.inherited && current && (item.role !== 'value' || item.q.kind === 'points' || choice.comparison || (choice.mention === null && choice.name === ''))) {
      choice = { mention: current.indicator, name: current.fallbackName, comparison: choice.comparison };
    }
    const sameSubject = current !== null && current.indicator === choice.mention && (choice.mention !== null || choice.name === '' || choice.name === current.fallbackName);
    // "13926万吨,比上年减少162万吨,下降1.2%": the rate is the level's, not the change's
    const level = (current?.valueSign === -1 || current?.change) && previous && previous.growth === null && previous.indicator === current.indicator && previous.fallbackName === current.fallbackName ? previous : null;
    // a growth written as a range ("年增率介于-1.1%至2.6%") is a record of each end, not one value's growth
    const growthRange = item.role === 'growth' && (rangeEnd || item.expectation === true || /^[至到~～]-?\d/.test(t.slice(item.q.end, item.q.end + 3)));
    // "增速比1—9月份加快0.5个百分点,其中10月份增加值同比增长7.3%": a period of its own starts a record of its own
    const lastEnd = current?.last.end ?? Number.POSITIVE_INFINITY;
    const ownPeriod = periodsIn.some((p) => p.start >= lastEnd && p.end <= item.q.start);
    if (current && sameSubject && item.role === 'growth' && !growthRange && !ownPeriod && (level ?? current).growth === null) {
      (level ?? current).growth = item;
      (level ?? current).last = item.q;
      continue;
    }
    if (current && sameSubject && item.role === 'points' && !ownPeriod && current.points === null) {
      current.points = item;
      current.last = item.q;
      continue;
    }
    // "同比增长7.6%,占全市工业的比重为79.4%": the share completes the figure whose growth came first
    if (current && item.role === 'value' && item.q.kind === 'percent' && current.value === null && current.growth !== null && /占[^，,；;。]{0,16}(比重|份额)[为是达]?$|占比[为是达]?$/.test(t.slice(Math.max(s.start, item.q.start - 20), item.q.start))) {
      // the share is a level: a falling growth before it gives it no sign
      current.value = item.q;
      current.valueSign = 1;
      current.last = item.q;
      continue;
    }
    previous = current;
    current = {
      indicator: choice.mention,
      fallbackName: choice.mention ? '' : choice.name,
      value: item.role === 'value' ? item.q : null,
      valueSign: item.sign,
      change: item.role === 'value' && choice.comparison === true,
      growth: item.role === 'growth' ? item : null,
      points: item.role === 'points' ? item : null,
      first: item.q,
      last: item.q,
    };
    drafts.push(current);
  }
  return drafts;
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
  const entity: EntityRef = resolveEntity(f.entities, s, from, pos, f.context);
  // a name put together from a list (城乡 → 城镇居民人均可支配收入) may be a catalogue name
  const code = d.indicator ? null : f.catalogueCode(d.fallbackName);
  // a sentence that names its own subject starts afresh; otherwise the paragraph's period holds
  const subject = subjectMention(f.entities, s, from, pos);
  const named = subject >= 0 && f.entities[subject]!.start >= s.start && f.entities[subject]!.item.kind !== 'pronoun';
  const quoteStart = Math.max(s.start, Math.min(anchor, clauseStartOf(t, s, pos)));
  const quoteEnd = clauseEndOf(t, s, d.last.end);
  const span = originalSpan(n, quoteStart, quoteEnd);
  const comparator =
    [d.value, d.growth?.q, d.points?.q]
      .filter((q): q is Quantity => q !== null && q !== undefined)
      .map((q) => comparatorOf(t.slice(Math.max(s.start, q.start - 30), q.start), t.slice(q.end, q.end + 4)))
      .find((c) => c !== null) ?? null;
  return {
    entity: entity.name,
    entityRef: { kind: entity.kind, key: entity.key },
    indicator: d.indicator ? d.indicator.item.code ?? d.indicator.item.name : code ?? d.fallbackName,
    indicatorMatched: d.indicator !== null ? d.indicator.item.code !== null : code !== null,
    period: periodOfBaseBefore(t, s.start, pos, f.defaultYear) ?? levelAtSpanEnd(periodAt(f.periods, { from: named ? s.start : s.paragraphStart, clauseEnd: clauseEndOf(t, s, pos), inherit: !named, sentenceStart: s.start, documentPart: f.documentPart, lineStart: f.lineStart }, pos, f.defaultYear), t, s, d, comparator),
    kind: kindAt(f.cues, kindFrom(t, f.periods, s, pos), pos),
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

/** Words of a total or an average over a span of years: 累计, 共, 新增, 年均 … */
const OVER_THE_SPAN = /累计|(?<!公)共|合计|总计|新增|净增|年均|平均|引进|招引|签约|新开工|每年/;

/**
 * "这五年，地区生产总值超过1.5万亿元", "高新技术产业增加值占比超过25%": a level reached (or a share)
 * over a span of years is the level of its last year; a total or an average keeps the span.
 */
function levelAtSpanEnd(period: string, t: string, s: Segment, d: Draft, comparator: Comparator | null): string {
  const span = /^\d{4}\.\.(\d{4})$/.exec(period);
  if (!span || !d.value || d.growth) return period;
  const clause = t.slice(clauseStart(t, s.start, Math.min(d.first.start, d.indicator?.start ?? d.first.start)), d.value.start);
  if (OVER_THE_SPAN.test(clause)) return period;
  const reached = comparator === '>=' || /(达到|达)$/.test(clause) || (d.value.kind === 'percent' && /占比|比重/.test(clause));
  return reached ? span[1]! : period;
}

/** A data row of a table in the text: its name cell, value, unit and growth, as of the period in force. */
function rowRecord(original: string, n: ReturnType<typeof normaliseForReading>, t: string, row: TableRow, indicators: readonly NameMention<IndicatorItem>[], f: Found): ExtractedFigure {
  const s: Segment = { start: row.start, end: row.end, paragraphStart: row.start };
  const named = indicators.filter((m) => m.start >= row.nameStart && m.end <= row.nameEnd).sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  const entity = resolveEntity(f.entities, s, row.start, row.start, f.context);
  const span = originalSpan(n, row.start, row.end);
  return {
    entity: entity.name,
    entityRef: { kind: entity.kind, key: entity.key },
    indicator: named ? named.item.code ?? named.item.name : cleanName(row.name),
    indicatorMatched: named !== undefined && named.item.code !== null,
    period: periodAt(f.periods, { from: row.start, clauseEnd: row.end, inherit: true, documentPart: f.documentPart }, row.start, f.defaultYear),
    kind: 'actual',
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


