// The records of one sentence (DOMAIN.md "Figures in documents"): each classified quantity becomes a
// record of its own, or completes the one before it (its growth, its gap in points), by the rules below.
import { openBracketBefore } from './brackets';
import type { Item } from './classify';
import type { NameMention } from './lexicon';
import { listGoingOn } from './listed-names';
import { type IndicatorItem, chooseIndicator } from './names';
import { clauseStart } from './name-words';
import { PLACE_END } from './place-names';
import type { Quantity } from './quantities';
import type { Segment } from './text-structure';

export interface Draft {
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
  /** A completion share (占年计划的41.8%) or a share of a whole (占全国新注册企业的22%): the growth after it is the amount's before it. */
  completion?: true;
  /** The plan's own amount, written inside a completion share (占年初预算数109466万元的90.9%). */
  planOwn?: true;
  /** A completion share's subject when no amount comes before it (投资完成年度计划的85%，同比增长6.1%): the growth after it is the subject's. */
  subject?: { mention: NameMention<IndicatorItem> | null; name: string };
  /** What a share just before is of (区本级产值占比63.5%，同比增长3.9%): the share after it is another figure's. */
  ofShareBefore?: true;
  /** A place's part of a total listed after 分别为 (174个，分别为：霍山县34个、…): the place is the record's entity. */
  place?: { start: number; end: number; name: string };
}

export function draftsOf(
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
    const place = item.role === 'value' ? placeInList(t, s, item.q, drafts) : null;
    if (place) choice = place.choice;
    const planOwn = choice.planOwn === true;
    // "…，累计分别达到956家和561家": the n-th number takes the name of the n-th of the figures just before
    // (not where a list before 分别 names the numbers itself)
    const going = item.role !== 'points' && !choice.listed ? listGoingOn(t, s.start, item.q, quantities, indicators) : null;
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
    // "国有企业进出口3613.5亿元,增长6.3%,占22.3%": a bare share after a figure is that figure's share of the whole
    if (current && item.role === 'value' && item.q.kind === 'percent' && current.value?.kind === 'amount' && /^[,，]占$/.test(t.slice(current.last.end, item.q.start))) {
      choice = { mention: null, name: `${current.indicator?.name ?? current.fallbackName}占比` };
    }
    // "占年计划的41.8%": a completion share is named by its plan, unless a list before 分别 names it
    // ("新签约、新注册重点项目分别完成市定全年目标的40%、40%")
    const subject = item.completionOf && !choice.listed && !choice.inherited && (choice.mention !== null || choice.name !== '') ? { mention: choice.mention, name: choice.name } : undefined;
    if (item.completionOf && !choice.listed) choice = { mention: null, name: item.completionOf };
    // "地区生产总值完成11.3亿元,占年计划的41.8%,同比增长9.3%": the growth is the amount's, not the share's
    // ("…占外贸进出口总值的53.7%,比重较去年同期提高1.2个百分点": a change of the share itself stays the share's)
    const ofTheShare = item.q.kind === 'points' && /比重|占比/.test(t.slice(clauseStart(t, s.start, item.q.start), item.q.start));
    // ("企业所得税完成4.92亿元,完成预算的83.11%,较上年同期增收1.98亿元": a change written as an amount likewise)
    const changeAmount = item.role === 'value' && item.q.kind === 'amount' && choice.comparison === true;
    // (the amount before the share, not the plan's own amount written inside it: 占年初预算数109466万元的90.9%)
    const amount = current?.completion ? drafts.slice(0, -1).reverse().find((e) => !e.planOwn) ?? null : null;
    if (current?.completion && amount && choice.inherited && (item.role === 'growth' || item.q.kind === 'points' || changeAmount) && item.role !== 'points' && !ofTheShare) {
      if (item.role === 'growth' && amount.growth === null) {
        amount.growth = item;
        continue;
      }
      choice = { mention: amount.indicator, name: amount.fallbackName, comparison: choice.comparison };
    } else if (current?.subject && choice.inherited && item.role === 'growth') {
      // "投资完成年度计划的85%，同比增长6.1%": without an amount before the share, the growth is its subject's
      choice = current.subject;
    }
    // named nowhere in its own clause: the figure before it in the sentence names it ("蔬菜产量238.6万吨,增长2.6%");
    // "增长5.7%,增速同比提高2.3个百分点": a change of its rate in points likewise
    if (choice.inherited && current && (item.role !== 'value' || item.q.kind === 'points' || choice.comparison || (choice.mention === null && choice.name === ''))) {
      choice = { mention: current.indicator, name: current.fallbackName, comparison: choice.comparison };
    }
    // "…,为人大预算数37.1亿元的91.16%,…为市下三季度目标33.23亿元101.78%": a plan's own amount is the plan of the
    // figure the shares are of, the last one that is neither a share nor a plan's amount
    if (planOwn) {
      const figure = [...drafts].reverse().find((e) => !e.completion && !e.planOwn);
      choice = figure ? { mention: figure.indicator, name: figure.fallbackName, planOwn: true } : { ...choice, planOwn: true };
    }
    // "区本级产值全区占比63.5%,同比增长3.9%": a growth after a share named so is the growth of what the share is of
    const shareOf = current && item.role === 'growth' && choice.mention === null && choice.name === current.fallbackName && current.growth === null && current.value?.kind === 'percent' && current.indicator === null ? whatTheShareIsOf(current.fallbackName) : null;
    if (shareOf) choice = { mention: null, name: shareOf };
    const sameSubject = current !== null && current.indicator === choice.mention && (choice.mention !== null || choice.name === '' || choice.name === current.fallbackName);
    // "13926万吨,比上年减少162万吨,下降1.2%": the rate is the level's, not the change's
    // (the level may stand before a completion share: 企业所得税完成4.92亿元,完成预算的83.11%,较上年同期增收1.98亿元,增长67.35%)
    const changed = current !== null && (current.valueSign === -1 || current.change) ? current : null;
    const level = changed ? drafts.slice(0, -1).reverse().find((e) => e.growth === null && e.indicator === changed.indicator && e.fallbackName === changed.fallbackName && e.value?.kind === changed.value?.kind) ?? null : null;
    // a growth written as a range ("年增率介于-1.1%至2.6%") is a record of each end, not one value's growth
    const growthRange = item.role === 'growth' && (rangeEnd || item.expectation === true || item.base !== undefined || /^[至到~～]-?\d/.test(t.slice(item.q.end, item.q.end + 3)));
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
    if (current && item.role === 'value' && item.q.kind === 'percent' && current.value === null && current.growth !== null && !current.ofShareBefore && !/[；;。]/.test(t.slice(current.last.end, item.q.start)) && /占[^，,；;。]{0,16}(比重|份额)[为是达]?$|占比[为是达]?$/.test(t.slice(Math.max(s.start, item.q.start - 20), item.q.start))) {
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
    if (item.completionOf || item.shareOfWhole) current.completion = true;
    if (subject) current.subject = subject;
    if (choice.planOwn) current.planOwn = true;
    if (shareOf) current.ofShareBefore = true;
    if (place) current.place = place.place;
    drafts.push(current);
  }
  return drafts;
}

/**
 * 区本级产值全区占比 → 区本级产值; 轻工业产值占比 → 轻工业产值; null for a name that is no share's, or too
 * short, or a share of a whole written 占…的比重 (its growth is of the amount before it).
 */
function whatTheShareIsOf(name: string): string | null {
  const m = /^(.{2,}?)(?:全[区县市省])?(?:占比|(?<!的)比重)$/.exec(name);
  return m ? m[1]! : null;
}

/** A place as an item of a list: 霍山县, 市开发区, 湘西高新区, 某某街道, after the list's mark. */
const PLACE_ITEM = new RegExp(`(?:^|[、：:，,；;])([\\u3400-\\u9fff]{1,8}?${PLACE_END})$`);

/**
 * "1-6月份全市亿元以上新签约项目174个,分别为:霍山县34个、金寨县32个…", "各县区…开工率分别为:霍山县94.1%、…": a
 * number after a place in a list after 分别为 is that place's part of the total named before 分别 (the figure
 * before it, else the words before 分别 without 各县区).
 */
function placeInList(t: string, s: Segment, q: { start: number }, drafts: readonly Draft[]): { choice: { mention: Draft['indicator']; name: string }; place: NonNullable<Draft['place']> } | null {
  const at = t.slice(s.start, q.start).lastIndexOf('分别');
  if (at < 0 || !/^分别(?:为|是)?[：:]?/.test(t.slice(s.start + at, s.start + at + 4))) return null;
  // "各县(市、区)在建项目完成投资均超过序时进度,分别为:蕉城83.8%、东侨81.6%…": places announced take their short names too
  const announced = PLACES_ANNOUNCED.exec(t.slice(s.start, s.start + at));
  const listed = t.slice(Math.max(s.start + at + 2, q.start - 12), q.start);
  const item = PLACE_ITEM.exec(listed) ?? (announced ? SHORT_PLACE_ITEM.exec(listed) : null);
  if (!item) return null;
  const place = { start: q.start - item[1]!.length, end: q.start, name: item[1]! };
  const total = [...drafts].reverse().find((d) => d.last.end <= s.start + at && !d.place);
  if (total) return { choice: { mention: total.indicator, name: total.fallbackName }, place };
  // (分别 opening its clause: what the clauses before it in the sentence say, without 均超过序时进度)
  const from = clauseStart(t, s.start, s.start + at);
  const said = from === s.start + at && announced ? t.slice(s.start + announced.index + announced[0].length, Math.max(s.start, from - 1)).replace(/(?:均|都|全部)[\u3400-\u9fff]*$/, '') : t.slice(from, s.start + at);
  const clause = said.replace(/^(?:其中|同时)?[，,]?/, '').replace(PLACE_GROUP_FIRST, '');
  return clause.length >= 2 ? { choice: { mention: null, name: clause }, place } : null;
}

/** Words announcing a list of places (各县区, 各县(市、区)). */
const PLACE_GROUPS = '(?:各县[(（]市[、，,]?区[)）]|各县[(（]区[)）]|各县市区|各县区|各区县|各县市|各地区|各地|各县|各区|各市)';
const PLACES_ANNOUNCED = new RegExp(`(?<=^|[，,：:])(?:其中[，,]?)?${PLACE_GROUPS}`);
const PLACE_GROUP_FIRST = new RegExp(`^${PLACE_GROUPS}`);
/** A place's short name as an item of a list whose places were announced (蕉城, 东侨). */
const SHORT_PLACE_ITEM = /(?:^|[、：:，,；;和及])([\u3400-\u9fff]{2,4})$/;
