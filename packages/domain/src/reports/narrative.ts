// Sentences of a report written from numbers, the way 简报 and 计划执行情况报告 write them:
// "地区生产总值完成1660.5亿元，同比增长4.5%，增速较上半年提高1.3个百分点，完成年度目标的75.2%，
// 超时序进度0.2个百分点，位列中心城区第二". A sentence is a list of parts; a number's part carries the
// caller's reference key, so every number can be shown with where it came from.
import { changesInPoints } from '../format';
import { amountText, magnitude, pointsText, publishedDifference, rateText, signAsWritten, unitWords, NARRATIVE_RATE_PLACES } from './numbers';
import { rankWords } from './words';

/** A piece of a sentence; a number carries the key of its source. */
export interface NarrativePart {
  text: string;
  ref?: string;
}

/** A value (exact decimal text) and the key of its source. */
export interface NarrativeNumber {
  value: string;
  ref?: string;
}

const word = (text: string): NarrativePart => ({ text });
const num = (text: string, ref: string | undefined): NarrativePart => (ref === undefined ? { text } : { text, ref });

/** Adjacent parts without a reference are joined; empty parts dropped. */
export function joinParts(parts: readonly NarrativePart[]): NarrativePart[] {
  const out: NarrativePart[] = [];
  for (const part of parts) {
    if (part.text === '') continue;
    const last = out[out.length - 1];
    if (last && last.ref === undefined && part.ref === undefined) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}

/** The sentence as plain text. */
export const partsText = (parts: readonly NarrativePart[]): string => parts.map((p) => p.text).join('');

/** Clauses joined with "，", ending with "。" when `end` is set. */
export function clauses(list: ReadonlyArray<readonly NarrativePart[] | null>, end = false): NarrativePart[] {
  const present = list.filter((c): c is readonly NarrativePart[] => c !== null && c.length > 0);
  const parts = present.flatMap((c, i) => (i === 0 ? [...c] : [word('，'), ...c]));
  return joinParts(end && parts.length > 0 ? [...parts, word('。')] : parts);
}

/** "1202亿元" / "24012元" / "2.81%": the amount at the indicator's decimals with its unit. */
export function amountParts(n: NarrativeNumber, unit: string, decimals: number): NarrativePart[] {
  return [num(amountText(n.value, decimals), n.ref), word(unitWords(unit))];
}

export interface GrowthOptions {
  /** The rate as stated by the unit (its own decimals, ≤ 2); else computed (one decimal). */
  stated?: boolean;
  /** "同比" (default) or "" when the sentence has said it already; "同口径同比" for a comparable basis. */
  prefix?: string;
  /** A rate indicator (unemployment rate) changes in percentage points: "下降0.3个百分点". */
  points?: boolean;
}

/** "同比增长4.5%" / "同比下降4.7%" / "与上年同期持平" (zero as written). */
export function growthParts(n: NarrativeNumber, options: GrowthOptions = {}): NarrativePart[] {
  const text = rateText(n.value, { stated: options.stated });
  const places = text.includes('.') ? text.split('.')[1]!.length : 0;
  const sign = signAsWritten(n.value, places);
  if (sign === 0) return [word('与上年同期持平')];
  const prefix = options.prefix ?? '同比';
  return [word(`${prefix}${sign > 0 ? '增长' : '下降'}`), num(magnitude(text), n.ref), word(options.points ? '个百分点' : '%')];
}

/** The change of a growth rate since an earlier span, from the published rates: {value, sign}. */
export function growthChange(current: string, previous: string, places = NARRATIVE_RATE_PLACES): { value: string; sign: -1 | 0 | 1 } {
  const value = publishedDifference(current, previous, places);
  return { value, sign: signAsWritten(value, places) };
}

/**
 * "增速较上半年提高1.3个百分点" / "增速较1-8月回落0.4个百分点" / "增速与上半年持平". `change` is the
 * difference in points (computed by the caller with growthChange and labelled so).
 */
export function growthChangeParts(change: NarrativeNumber, against: string, places = NARRATIVE_RATE_PLACES): NarrativePart[] {
  const sign = signAsWritten(change.value, places);
  if (sign === 0) return [word(`增速与${against}持平`)];
  return [word(`增速较${against}${sign > 0 ? '提高' : '回落'}`), num(pointsText(magnitude(change.value), places), change.ref), word('个百分点')];
}

/** "完成年度目标的75.2%" (completion in percent, one decimal unless said). */
export function completionParts(n: NarrativeNumber, places = NARRATIVE_RATE_PLACES, of = '年度目标'): NarrativePart[] {
  return [word(`完成${of}的`), num(rateText(n.value, { places }), n.ref), word('%')];
}

/** "超时序进度0.2个百分点" / "低于时序进度3.1个百分点" / "与时序进度持平" (gap = completion − time progress). */
export function timeProgressParts(gap: NarrativeNumber, places = NARRATIVE_RATE_PLACES): NarrativePart[] {
  const sign = signAsWritten(gap.value, places);
  if (sign === 0) return [word('与时序进度持平')];
  return [word(sign > 0 ? '超时序进度' : '低于时序进度'), num(pointsText(magnitude(gap.value), places), gap.ref), word('个百分点')];
}

/** "高于年度增长目标0.5个百分点" / "低于年度增长目标0.9个百分点" / "与年度增长目标持平" (gap = growth − target). */
export function growthTargetParts(gap: NarrativeNumber, places = NARRATIVE_RATE_PLACES): NarrativePart[] {
  const sign = signAsWritten(gap.value, places);
  if (sign === 0) return [word('与年度增长目标持平')];
  return [word(sign > 0 ? '高于年度增长目标' : '低于年度增长目标'), num(pointsText(magnitude(gap.value), places), gap.ref), word('个百分点')];
}

/** The verdict alone, as lists of districts use it: 超时序进度 / 低于时序进度 / 与时序进度持平. */
export function timeProgressVerdict(gap: string, places = NARRATIVE_RATE_PLACES): '超时序进度' | '低于时序进度' | '与时序进度持平' {
  const sign = signAsWritten(gap, places);
  return sign > 0 ? '超时序进度' : sign < 0 ? '低于时序进度' : '与时序进度持平';
}

export interface RankFacts {
  rank: number;
  ref?: string;
  tied?: boolean;
  /** 中心城区 / 新城区 / 全市 …; absent → the rank alone ("位列第二"). */
  groupName?: string;
  /** What the rank is by, when not completion: "总量" / "增速" ("增速位列中心城区第一"). */
  measureWords?: string;
}

/** "位列中心城区第二" / "并列中心城区第二". */
export function rankParts(facts: RankFacts): NarrativePart[] {
  const where = facts.groupName ?? '';
  const lead = `${facts.measureWords ?? ''}${facts.tied ? '并列' : '位列'}${where}`;
  return [word(lead), num(rankWords(facts.rank), facts.ref)];
}

/** The numbers a sentence about one indicator can state; absent or null parts are left out. */
export interface IndicatorFacts {
  /** 地区生产总值 / 固定资产投资 … */
  name: string;
  /** A unit code of the catalogue ('yi_yuan') or a label. */
  unit: string;
  decimals: number;
  /** "前三季度" to open the sentence with the span; absent → the name opens it. */
  periodWords?: string;
  ytd?: NarrativeNumber | null;
  growth?: (NarrativeNumber & { stated?: boolean; basisWords?: string }) | null;
  /** The change of the growth since `against` (percentage points, computed). */
  growthChange?: (NarrativeNumber & { against: string }) | null;
  /** Growth − the year's growth target (percentage points, computed). */
  growthGap?: NarrativeNumber | null;
  completion?: NarrativeNumber | null;
  gap?: NarrativeNumber | null;
  rank?: RankFacts | null;
}

/**
 * One indicator in one sentence: "地区生产总值完成1660.5亿元，同比增长4.5%，增速较上半年提高1.3个
 * 百分点，完成年度目标的75.2%，超时序进度0.2个百分点，位列中心城区第二". A rate indicator reads
 * "城镇登记失业率为2.81%"; its change is in percentage points.
 */
export function indicatorSentence(facts: IndicatorFacts, options: { end?: boolean } = {}): NarrativePart[] {
  const rate = changesInPoints(facts.unit);
  const head: NarrativePart[] = [word(`${facts.periodWords ?? ''}${facts.name}`)];
  if (facts.ytd) head.push(word(rate ? '为' : '完成'), ...amountParts(facts.ytd, facts.unit, facts.decimals));
  const growth = facts.growth
    ? growthParts(facts.growth, { stated: facts.growth.stated, points: rate, prefix: facts.growth.basisWords ? `${facts.growth.basisWords}同比` : '同比' })
    : null;
  return clauses(
    [
      head,
      growth,
      facts.growthChange && !rate ? growthChangeParts(facts.growthChange, facts.growthChange.against) : null,
      facts.growthGap && !rate ? growthTargetParts(facts.growthGap) : null,
      facts.completion ? completionParts(facts.completion) : null,
      facts.gap ? timeProgressParts(facts.gap) : null,
      facts.rank ? rankParts(facts.rank) : null,
    ],
    options.end ?? false,
  );
}

/** A target as plans state it: "计划完成220亿元以上，增长10%以上" / "控制在3.2%以内" / "计划增长9%以上". */
export interface PlanFacts {
  name: string;
  unit: string;
  decimals: number;
  amountTarget?: (NarrativeNumber & { comparator: 'ge' | 'le' | null }) | null;
  growthTarget?: (NarrativeNumber & { comparator: 'ge' | 'le' | null }) | null;
  /** The basis the growth target is on when not the natural one: "同口径" ("计划同口径增长10%以上"). */
  growthBasisWords?: string;
}

const bound = (comparator: 'ge' | 'le' | null): string => (comparator === 'le' ? '以内' : comparator === 'ge' ? '以上' : '');

/** "全年全社会固定资产投资计划完成220亿元以上，增长10%以上" (a ceiling: "全年城镇登记失业率控制在3.2%以内"). Null without a target. */
export function planSentence(facts: PlanFacts, options: { end?: boolean; yearWords?: string } = {}): NarrativePart[] | null {
  const { amountTarget: amount, growthTarget: growth } = facts;
  if (!amount && !growth) return null;
  const parts: NarrativePart[] = [word(`${options.yearWords ?? '全年'}${facts.name}`)];
  if (amount) {
    parts.push(word(amount.comparator === 'le' ? '控制在' : '计划完成'), ...amountParts(amount, facts.unit, Math.max(facts.decimals, 0)), word(bound(amount.comparator)));
  }
  if (growth) {
    if (amount) parts.push(word('，'));
    parts.push(word(`${amount ? '' : '计划'}${facts.growthBasisWords ?? ''}增长`), num(rateText(growth.value, { stated: true }), growth.ref), word(`%${bound(growth.comparator)}`));
  }
  return joinParts(options.end ? [...parts, word('。')] : parts);
}

/**
 * Districts named in a sentence with their count as a number part: "江岸区、江汉区等5个区超时序进度"
 * (all named when at most `max`: "江岸区、江汉区超时序进度"). Null for none.
 */
export function districtListParts(names: readonly string[], predicate: string, options: { max?: number; measure?: string; ref?: string } = {}): NarrativePart[] | null {
  const max = options.max ?? 2;
  if (names.length === 0) return null;
  if (names.length <= max) return [word(`${names.join('、')}${predicate}`)];
  return joinParts([word(`${names.slice(0, max).join('、')}等`), num(String(names.length), options.ref), word(`${options.measure ?? '个区'}${predicate}`)]);
}
