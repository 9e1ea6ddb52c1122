// Sentences, paragraphs and subjects: where a figure's sentence starts, and which entity it is about
// — named in the sentence, named in an earlier sentence of the paragraph (the subject of an earlier
// clause), referred to as 全市 / 该区 / 我区, or the document's default.
import type { EntityKind, ExtractionContext } from './figures';
import { type NameMention, lastIndexBefore, nameMatcher } from './lexicon';
import { namesThePlace } from './place-names';

export interface Segment {
  start: number;
  end: number;
  paragraphStart: number;
}

/** Sentences (ended by 。！？ or a line break), each with the start of its paragraph. */
export function segmentsOf(text: string): Segment[] {
  const out: Segment[] = [];
  let paragraphStart = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    const isBreak = ch === '\n';
    if (isBreak || ch === '。' || ch === '！' || ch === '？' || ch === '!' || ch === '?') {
      if (i + 1 > start) out.push({ start, end: i + 1, paragraphStart });
      start = i + 1;
      if (isBreak) paragraphStart = i + 1;
    }
  }
  if (start < text.length) out.push({ start, end: text.length, paragraphStart });
  return out;
}

export type EntityItem = { kind: EntityKind | 'unresolved' | 'pronoun'; key: string | null; name: string; level?: string };
export type EntityRef = { kind: EntityKind | 'unresolved'; key: string | null; name: string };

/** An entity mention, with whether it opens its clause / its sentence (where a subject stands). */
/** clauseStart / sentenceStart: the mention begins a clause / sentence (or follows only a period there); afterSemicolon: a clause after ；, which names a new subject. */
export type EntityMention = NameMention<EntityItem> & {
  clauseStart?: boolean;
  sentenceStart?: boolean;
  afterSemicolon?: boolean;
  /** Where the clause it leads begins, when only the words of a period come before it (前三季度济南高新区…). */
  lead?: number;
};

const PRONOUNS: ReadonlyArray<readonly [string, string]> = [
  ['全市', '市'], ['该市', '市'], ['我市', '市'], ['本市', '市'], ['全区', '区'], ['该区', '区'], ['我区', '区'], ['本区', '区'],
  ['全县', '县'], ['该县', '县'], ['我县', '县'], ['全省', '省'], ['该省', '省'], ['我省', '省'], ['本省', '省'], ['全州', '州'],
];

const entityCache = new WeakMap<object, ReturnType<typeof nameMatcher<EntityItem>>>();

function entityMatcher(context: ExtractionContext) {
  const cached = entityCache.get(context.entities);
  if (cached) return cached;
  const entries = [
    ...PRONOUNS.map(([name, level]) => ({ name, item: { kind: 'pronoun' as const, key: null, name, level } })),
    ...context.entities.flatMap((e) => e.names.map((name) => ({ name, item: { kind: e.kind, key: e.key, name: e.names[0]! } as EntityItem }))),
  ];
  const matcher = nameMatcher(entries, context.toSimplified);
  entityCache.set(context.entities, matcher);
  return matcher;
}

// Enterprises written as names: a run of characters ending in 公司 / 集团 at the start of a clause.
// (钢城集团有限公司: the whole name, not 钢城集团 before it)
const COMPANY = /(?<=^|[，,。；;：:\n])[\u3400-\u9fffA-Za-z]{2,14}?(?:集团(?:股份)?有限公司|集团公司|股份有限公司|有限责任公司|有限公司|分公司|公司|集团)/g;

/** The head word of a development zone's name, found first (a scan for the whole name from every clause start is slow). */
const ZONE_HEAD = /(?:高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|新区|工业园区|产业园区|综合保税区|综保区)(?![\u3400-\u9fff]{0,2}(?:管委会|建设|管理))/g;
/** The words of the zone's name before its head, from a clause's start (after 其中 / 同时 and a period: 前三季度济南高新区). */
const ZONE_NAME = /(?:^|[，,。；;：:\n])(?:其中|同时)?((?:今年|去年|本年|全年|前三季度|上半年|下半年|第?[一二三四]季度|\d{1,2}(?:[-—~至到]\d{1,2})?月份?|[一二三四五六七八九十]{1,3}(?:至[一二三四五六七八九十]{1,3})?月份?)*)([\u3400-\u9fff]{0,8})$/;
/** A place with an administrative end at a clause's start, before the verb of its figure (香格里拉市预计完成112亿元). */
const PLACE_LEAD = /(?:^|[，,。；;：:\n])(?:其中|同时)?((?![全各该本我])[\u3400-\u9fff]{2,5}?(?:市|县|区|州|旗))(?=预计完成|预计实现|完成|实现|累计完成)/g;
const COMPANY_COUNT = /^(新增|新设|新引进|引进|新落户|落户|累计|共有|现有|新登记|新培育|培育)/;
const COMPANY_KIND = /(跨国|外资|外商|民营|国有|上市|控股|科技型)$/;

const ownCache = new WeakMap<object, ReturnType<typeof nameMatcher<EntityItem>>>();

/**
 * The document's own entity named in its text, when the organisation tree does not hold it
 * (福建省, and 福建 / 广东 written without 省): a mention, so its name is no part of an indicator's.
 */
function ownNameMatcher(context: ExtractionContext) {
  const own = context.defaultEntity;
  if (!own || context.entities.some((e) => e.names.includes(own.name))) return null;
  const cached = ownCache.get(own);
  if (cached) return cached;
  const item: EntityItem = { kind: own.kind, key: own.key, name: own.name };
  const short = /^([\u3400-\u9fff]{2,3})[省市]$/.exec(own.name)?.[1];
  const matcher = nameMatcher([own.name, ...(short ? [short] : [])].map((name) => ({ name, item })), context.toSimplified);
  ownCache.set(own, matcher);
  return matcher;
}

/** Every entity mention: the context's names, pronouns (全市, 该区 …) and company names. */
export function findEntities(text: string, context: ExtractionContext): EntityMention[] {
  const inTree = entityMatcher(context).find(text);
  const ownNamed = ownNameMatcher(context)?.find(text) ?? [];
  const named = [...inTree, ...ownNamed.filter((o) => !inTree.some((e) => e.start < o.end && o.start < e.end))].sort((a, b) => a.start - b.start);
  COMPANY.lastIndex = 0;
  let m: RegExpExecArray | null;
  const companies: NameMention<EntityItem>[] = [];
  while ((m = COMPANY.exec(text)) !== null) {
    // "其中设立于台北市之公司", "总计公司", "台北市公司": words about companies, not a company's name
    const prefix = m[0].replace(/(有限公司|分公司|公司|集团)$/, '');
    if (/之|的|其中|总计|设立|^全|[市区县省]$/.test(prefix) || prefix.length < 2) continue;
    // "新增跨国公司地区总部56家", "引进外资公司": a count of a kind of company, not a company's name
    if (COMPANY_COUNT.test(prefix) || COMPANY_KIND.test(prefix)) continue;
    companies.push({ start: m.index, end: m.index + m[0].length, name: m[0], item: { kind: 'unresolved', key: null, name: m[0] } });
  }
  // "碧江高新区签约项目41个": a development zone named at a clause's start, outside the organisation tree, as written
  const leads = new Map<NameMention<EntityItem>, number>();
  ZONE_HEAD.lastIndex = 0;
  while ((m = ZONE_HEAD.exec(text)) !== null) {
    const words = ZONE_NAME.exec(text.slice(Math.max(0, m.index - 19), m.index));
    // the shortest words that begin at the clause's start (its whole first words, as the lazy scan took them)
    if (!words || words[2]!.length === 1) continue;
    const start = m.index - words[2]!.length;
    const end = m.index + m[0].length;
    if (named.some((e) => e.start < end && start < e.end)) continue;
    // "今年前三季度高新区累计完成…": the head alone is the document's own zone, when it is one
    const own = context.defaultEntity;
    if (words[2]!.length === 0 && !(own && own.name.endsWith(m[0]))) continue;
    const item: EntityItem = words[2]!.length === 0 ? { kind: own!.kind, key: own!.key, name: own!.name } : { kind: 'unresolved', key: null, name: text.slice(start, end) };
    const zone = { start, end, name: text.slice(start, end), item };
    companies.push(zone);
    if (words[1]!.length > 0) leads.set(zone, start - words[1]!.length);
  }
  // "其中,香格里拉市预计完成112亿元;德钦县预计完成31亿元": a county or city outside the organisation tree heading a
  // clause whose figure follows at once is that figure's place, as written
  PLACE_LEAD.lastIndex = 0;
  while ((m = PLACE_LEAD.exec(text)) !== null) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = start + m[1]!.length;
    if (named.some((e) => e.start < end && start < e.end) || companies.some((c) => c.start < end && start < c.end)) continue;
    companies.push({ start, end, name: m[1]!, item: { kind: 'unresolved', key: null, name: m[1]! } });
  }
  // a company name wins over a place named inside it (上汽通用武汉分公司); a short place name
  // heading a longer proper name (武汉 in 武汉大学) is no mention of the place
  const kept = named.filter((e) => !companies.some((c) => c.start <= e.start && e.end <= c.end && (c.start < e.start || c.end > e.end)))
    .filter((e) => e.item.kind !== 'organisation' || namesThePlace(text, e.name, e.end));
  const list = [...kept, ...companies.filter((c) => !kept.some((e) => e.start <= c.start && c.end <= e.end))];
  // names listed as examples ("阿里云、安恒数安…等15家", "中心城区、新城区") are not the subject
  return list
    .filter((e) => !/^[、等及和与]/.test(text.slice(e.end, e.end + 1)))
    .map((e) => {
      const lead = leads.get(e as NameMention<EntityItem>);
      const at = lead ?? e.start;
      const before = text.slice(Math.max(0, at - 3), at);
      const clauseStart = at === 0 || /(^|[，,。；;：:！？\n\s])(其中|同时)?$/.test(before);
      const sentenceStart = at === 0 || /[。！？\n]\s*$/.test(before) || /^\s*$/.test(before);
      // ("。其中,香格里拉市预计完成…": a part of a whole heading a sentence that opens with 其中, its subject, as one after ；)
      const afterSemicolon = /[；;](其中|同时)?$/.test(before) || /(?:^|[。！？\n])\s*其中[，,]?$/.test(text.slice(Math.max(0, at - 6), at));
      return lead === undefined ? { ...e, clauseStart, sentenceStart, afterSemicolon } : { ...e, clauseStart, sentenceStart, afterSemicolon, lead };
    })
    .sort((a, b) => a.start - b.start);
}

function levelOf(name: string): string {
  return name.charAt(name.length - 1);
}

/** The first mention inside [from, to), by index. */
function firstIn(mentions: readonly EntityMention[], from: number, to: number): number {
  let i = lastIndexBefore(mentions, to);
  if (i < 0 || mentions[i]!.start < from) return -1;
  while (i > 0 && mentions[i - 1]!.start >= from) i -= 1;
  return i;
}

/** The index of the entity mention that is the subject of a figure at `pos`, or −1. */
export function subjectMention(mentions: readonly EntityMention[], s: Segment, clauseFrom: number, pos: number): number {
  const inClause = firstIn(mentions, clauseFrom, pos);
  if (inClause >= 0 && (mentions[inClause]!.lead ?? mentions[inClause]!.start) <= clauseFrom + 2) return inClause;
  // the first subject of the sentence; 全市 / 该区 and company names only where a clause begins with them;
  // "…；碧江高新区签约项目41个，签约资金22.51亿元": a subject after a semicolon is the next clauses' own
  let subject = -1;
  for (let i = firstIn(mentions, s.start, pos); i >= 0 && i < mentions.length && mentions[i]!.end <= pos; i += 1) {
    const m = mentions[i]!;
    if (subject >= 0 && !m.afterSemicolon) continue;
    if (m.item.kind === 'pronoun' && !m.clauseStart) continue;
    if (m.item.kind === 'unresolved' && !m.sentenceStart && !m.afterSemicolon) continue;
    subject = i;
  }
  if (subject >= 0) return subject;
  // the subject last named earlier in the paragraph
  for (let i = lastIndexBefore(mentions, s.start); i >= 0 && mentions[i]!.start >= s.paragraphStart; i -= 1) {
    const m = mentions[i]!;
    if ((m.item.kind === 'pronoun' && !m.clauseStart) || (m.item.kind === 'unresolved' && !m.sentenceStart && m.lead === undefined)) continue;
    return i;
  }
  return -1;
}

/** The subject of a figure at `pos` in sentence `s`. */
export function resolveEntity(mentions: readonly EntityMention[], s: Segment, clauseFrom: number, pos: number, context: ExtractionContext): EntityRef {
  const fallback: EntityRef = context.defaultEntity
    ? { kind: context.defaultEntity.kind, key: context.defaultEntity.key, name: context.defaultEntity.name }
    : { kind: 'unresolved', key: null, name: '' };
  const index = subjectMention(mentions, s, clauseFrom, pos);
  if (index < 0) return fallback;
  const m = mentions[index]!;
  if (m.item.kind !== 'pronoun') return { kind: m.item.kind as EntityKind | 'unresolved', key: m.item.key, name: m.item.name };
  // 全市 / 本区: the default when it is of that level, else the last named entity of that level;
  // 该区 / 此区: the one named last in its paragraph first (威海高新区…。初步核算，该区…), a zone as written too
  const level = m.item.level!;
  if (/^[该此]/.test(m.name)) {
    for (let i = index - 1; i >= 0 && mentions[i]!.start >= s.paragraphStart; i -= 1) {
      const e = mentions[i]!;
      if (e.item.kind !== 'pronoun' && levelOf(e.item.name) === level) return { kind: e.item.kind as EntityKind | 'unresolved', key: e.item.key, name: e.item.name };
    }
  }
  if (context.defaultEntity && levelOf(context.defaultEntity.name) === level) return fallback;
  for (let i = index - 1; i >= 0 && i > index - 200; i -= 1) {
    const e = mentions[i]!;
    if (e.item.kind !== 'pronoun' && e.item.kind !== 'unresolved' && levelOf(e.item.name) === level) {
      return { kind: e.item.kind as EntityKind, key: e.item.key, name: e.item.name };
    }
  }
  return fallback;
}
