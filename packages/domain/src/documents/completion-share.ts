// The base of a completion share (DOMAIN.md "Figures in documents"): the plan, target or budget a
// figure is a share of — 完成年度计划的76%, 占全年目标的80%, 完成预算数107.06%, 为年度投资计划的30.90%,
// 完成全年目标任务8亿元的124%. One grammar serves the three readers that meet it:
// - the share itself is a value named by its base, not a growth (classify.ts);
// - the plan or target word in the base does not make the figure a plan or target (cues.ts);
// - the year in the base (年度, 全年, 年初) is not the figure's period (periods.ts).

/** The verb before the base. */
const VERB = '(?:完成|占|为|达到?)';
/** Who set the plan, for when, and of what: 市下达, 市定, 市政府, 全年度, 年初, 投资, 考核. */
const SETTER = '(?:[市区县省](?:政府)?(?:下达|下|定|分配)|[市区县省]政府|人大)';
/** (完成市政府考核目标61亿元的117%: a target the figure is assessed against) */
const QUALIFIER = `${SETTER}?(?:全年度|全年|年度|年初|年|全|[一二三四]季度|上半年|半年)?(?:投资)?(?:考核)?`;
/** The plan word, with what may follow it: 目标任务, 预算数. */
const PLAN = '(?:计划|目标|预算|任务)(?:目标|任务|数)?';
/** The plan's own amount written inside the base (完成全年目标任务8亿元的124%), with a part of it in brackets (1000万美元(其中加工贸易200万美元)). */
const OWN_AMOUNT = '(?:\\d+(?:\\.\\d+)?[\\u3400-\\u9fff]{1,3}(?:[(（][^()（）]{1,20}[)）])?)';
/** What joins the base to its share: 的 / 之, or a rate named after it. */
const OF = '(?:的|之|完成率|进度)';

/** Right before a share: the verb, the base (captured), the plan's own amount and 的 / 之. */
const SHARE_BEFORE = new RegExp(`${VERB}(${QUALIFIER}${PLAN})${OWN_AMOUNT}?(?:的|之)?$`);
const VERB_BEFORE_WORD = new RegExp(`${VERB}${QUALIFIER}$`);
const SHARE_OF_AFTER_WORD = new RegExp(`^(?:目标|任务|数)?${OF}`);
const OWN_AMOUNT_AFTER_WORD = /^(?:任务|任务数)?\d/;
const VERB_BEFORE_YEAR = new RegExp(`${VERB}${SETTER}?$`);
const PLAN_AFTER_YEAR = new RegExp(`^(?:度|初)?(?:投资)?${PLAN}`);

/** Right before an amount: the base of a share, whose own amount it is (为全年目标任务900万人的102%, 占年初预算数109466万元的). */
const BASE_BEFORE_AMOUNT = new RegExp(`${VERB}${QUALIFIER}${PLAN}$`);

/** Whether the amount after `before` is the plan's own, written inside a completion share. */
export function isBaseOwnAmount(before: string): boolean {
  return BASE_BEFORE_AMOUNT.test(before);
}

/** The base a percentage is a share of, when `before` (the text up to it) ends with one; else null. */
export function completionShareBase(before: string): string | null {
  return SHARE_BEFORE.exec(before)?.[1] ?? null;
}

/**
 * A plan or target word at `start`…`end` that names the base of a completion share, so the
 * figure is an actual: 完成全年度目标的91.22%, 占年度计划的75%, and 占年度计划23% without 的
 * (完成全年目标任务30%以上, without 的, may be the goal itself).
 */
export function isCompletionBaseWord(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start);
  if (!VERB_BEFORE_WORD.test(before)) return false;
  const after = text.slice(end, end + 12);
  // (占年度计划23%: the share itself; 占年初预算数109466万元的90.9%: the plan's own amount first)
  return SHARE_OF_AFTER_WORD.test(after) || (/占[^，,。；;：:]{0,5}$/.test(before) && /^\d+(?:\.\d+)?%/.test(after));
}

/** A plan or target word in a completion share followed by the plan's own amount (完成全年目标任务7家的114.29%): it names that amount only. */
export function namesOwnAmount(text: string, start: number, end: number): boolean {
  return VERB_BEFORE_WORD.test(text.slice(Math.max(0, start - 8), start)) && OWN_AMOUNT_AFTER_WORD.test(text.slice(end, end + 4));
}

/** A year at `start`…`end` that is the year of a completion share's base (完成年度预算的86.4%, 为年度投资计划的30.90%). */
export function isCompletionBaseYear(text: string, start: number, end: number): boolean {
  return VERB_BEFORE_YEAR.test(text.slice(Math.max(0, start - 5), start)) && PLAN_AFTER_YEAR.test(text.slice(end, end + 5));
}
