// Cue words (DOMAIN.md "Figures in documents"): the kind of a figure (target / plan / forecast /
// actual), its comparator (≥ / ≤), growth and its sign, and the gap to time progress.
import { isCompletionBaseWord, namesOwnAmount } from './completion-share';
import type { Comparator, FigureKind } from './figures';

const KIND_CUES: ReadonlyArray<readonly [RegExp, FigureKind]> = [
  // 临时估计, 修订估计, 初步估计: a statistics office's provisional or revised figure, an actual
  [/预计|预估|(?<!临时|修订|初步)估计|预测|预期(?=的)/g, 'forecast'],
  [/(?<=临时|修订|初步)估计/g, 'actual'],
  [/计划|拟|将|准备/g, 'plan'],
  // (任务数34亿元): the target written in brackets after the figure
  // (为人大预算数37.1亿元的91.16%: a budget's own amount)
  // (完成市分配任务25亿元的142.4%: a task the city handed down, its own amount the target)
  [/目标|力争|确保|争取|力保|努力实现|努力完成|要实现|要完成|冲刺|预期目标|(?<=[(（])任务数?|(?<=分配|下达)任务数?|预算数?(?=\d)/g, 'target'],
  [/已经|已|实际完成|累计完成|完成了|实现了|达到了/g, 'actual'],
];

export interface Cue {
  start: number;
  end: number;
  kind: FigureKind;
  /** "高于预期的2.9%": the cue is the kind of the figure right after it only. */
  near?: true;
}

/** Every kind cue in the text, left to right. */
export function findKindCues(text: string): Cue[] {
  const out: Cue[] = [];
  for (const [re, kind] of KIND_CUES) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      // 「生活补贴计划」: a cue word inside a quoted name is part of the name
      if (/[「“《][^」”》]{0,12}$/.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      // "完成全年度目标的91.22%": the target is the base of a completion rate, which is actual
      const base = (kind === 'target' || kind === 'plan') && isCompletionBaseWord(text, m.index, m.index + m[0].length);
      // "比原预测高出7.39个百分点", "远高于8月预测的2.91%": a forecast set against is no kind of what follows
      if (kind === 'forecast' && /(比|较|于|原)[\d月季年]{0,3}$/.test(text.slice(Math.max(0, m.index - 4), m.index)) && !text.startsWith('的', m.index + m[0].length)) continue;
      const cue: Cue = { start: m.index, end: m.index + m[0].length, kind: base ? 'actual' : kind };
      if (m[0] === '预期' || (kind === 'forecast' && text.startsWith('的', cue.end))) cue.near = true;
      // "完成全年目标任务7家的114.29%": the target's own number, written inside a completion share, is all it names
      if ((kind === 'target' || kind === 'plan') && namesOwnAmount(text, m.index, m.index + m[0].length)) cue.near = true;
      // "(任务数34亿元)", "(目标50%)": a target in brackets is its number's alone
      if (kind === 'target' && /[(（]$/.test(text.slice(Math.max(0, m.index - 1), m.index))) cue.near = true;
      out.push(cue);
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

const GE_AFTER = /^(以上|及以上|之上)/;
const LE_AFTER = /^(以内|以下|之内)/;
const GE_BEFORE = /(突破|超过|超|不低于|不少于|力争|确保|至少|高于)$/;
const LE_BEFORE = /(不超过|不高于|控制在|低于|不多于)$/;

/** The comparator written around a quantity: `before` is the clause text up to it, `after` what follows. */
export function comparatorOf(before: string, after: string): Comparator | null {
  if (GE_AFTER.test(after)) return '>=';
  if (LE_AFTER.test(after)) return '<=';
  const near = before.replace(/[约近达为在了完成实现总额总量规模额量\s]+$/, '');
  if (LE_BEFORE.test(near)) return '<=';
  if (GE_BEFORE.test(near)) return '>=';
  // "力争…增长6%，…增长8%" governs its list; "…控制在5.5%以内；居民消费价格涨幅3%左右" not past the semicolon
  const governing = before.slice(-24).replace(/^.*[；;。！？!?\n]/s, '');
  // ("首次突破千亿,同比增长12.9%": 突破 with a number of its own governs that number only)
  if (/力争|确保|突破(?![\d一二三四五六七八九十百千万亿两])|不低于/.test(governing) && !/(控制在|不超过)/.test(governing)) return '>=';
  if (/(控制在|不超过)/.test(governing)) return '<=';
  return null;
}

const GROWTH = /(年增率|增长速度|实质变动|增长幅|年减|年增|转跌|转升|负增长|负成长|增长率|成长率|成长|下跌|上涨|收缩|增长|增速|增幅|升幅|涨幅|跌幅|减幅|增加|上升|提高|提升|回升|增|下降|降低|减少|回落|下滑|降幅|下跌|减|升|跌|降)(了|约|达到|达|为|修订为|分别修订至|修订至|分别为|分别|幅度为|分别扩大至|扩大至|收窄至|分别收窄至|预测维持在|预测为|预测|预计为|维持在|保持在|介于)?(-)?$/;
const NEGATIVE = /^(年减|转跌|跌|负增长|负成长|收缩|下降|降低|减少|回落|下滑|降幅|跌幅|减幅|下跌|减|降)/;

/**
 * Whether a percentage is a growth rate, read from the text right before it: "同比增长8.1", "下降4.7",
 * "增速4.5", "負增長2". Returns the sign (1 / −1) or null when it is not a growth rate.
 */
export function growthSign(before: string, after = ''): 1 | -1 | null {
  // "录得23.6%的跌幅", "录得61.5%之按年增幅": the growth word after the number
  const tail = /^(?:的|之)?(?:按年|同比)?(?:实质|名义)?(跌幅|降幅|减幅|增幅|升幅|涨幅)/.exec(after);
  if (tail) return /^(跌|降|减)/.test(tail[1]!) ? -1 : 1;
  // "经济成长率「至少5%」": quotation marks and 至少 between the word and the number
  const m = GROWTH.exec(before.slice(-12).replace(/[\s「」“”"]+/g, '').replace(/(至少|不低于)$/, ''));
  if (!m) return null;
  // "增长-8.7%": the minus written before the number
  const minus = m[3] === '-' ? -1 : 1;
  return ((NEGATIVE.test(m[1]!) ? -1 : 1) * minus) as 1 | -1;
}

const PROGRESS = /(超|超过|超出|高于|快于|领先|低于|慢于|落后于?|落后)(时序进度|时间进度|序时进度|均衡进度|时序|进度)(约)?$/;
/** "比时间进度快15.22个百分点", "较序时进度慢2.1个百分点": the comparison written the other way round. */
const PROGRESS_COMPARED = /(比|较)(时序进度|时间进度|序时进度|均衡进度)(快|慢|高|低|超出|落后)(约)?$/;

/** The sign of a gap to time progress written right before "X个百分点", or null. */
export function timeProgressSign(before: string): 1 | -1 | null {
  const text = before.slice(-12).replace(/\s+/g, '');
  const compared = PROGRESS_COMPARED.exec(text);
  if (compared) return /^(慢|低|落后)/.test(compared[3]!) ? -1 : 1;
  const m = PROGRESS.exec(text);
  if (!m) return null;
  return /^(低于|慢于|落后)/.test(m[1]!) ? -1 : 1;
}
