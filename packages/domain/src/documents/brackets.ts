// Figures in brackets: "（上年同期为4.1%）", "（1-7月为4.9%）", "较一季度(-10.8%)" state the base a
// figure is compared with — neither a figure of their own nor the period of the figure before them; "（其中税收收入
// 38.2亿元）" is a sub-figure, and a growth written after the bracket is the outer figure's.

/** A bracket's span: from its opening to after its closing bracket. */
export interface Bracket {
  start: number;
  end: number;
}

const BRACKET = /[(（]([^()（）\n]{1,40})[)）]/g;
/** The opening words of a bracket that states a comparison base. */
const BASE = /^(?:上年同期|去年同期|上年|去年|上月|上期|同期|前值|上年全年|\d{1,2}\s*[-—–~至到]\s*\d{1,2}月(?:份)?|[一二三四1-4]季度|上半年|前三季度|\d{1,2}月(?:份)?)(?:末)?(?:分别)?(?:为|是|增长|增速为|下降|：|:)/;

/** A bracket holding a number alone. */
const BARE_NUMBER = /^[-+−]?\d+(?:\.\d+)?\s*(?:%|个百分点)?$/;
/** Text before it that names what is compared with: 较一季度, 比1-7月, 与上年相比, 高于全省平均增速(16.8%). */
const COMPARED_WITH = /(?:较|比|与)[^，,。；;()（）]{1,10}$|(?:高于|低于|快于|慢于)[^，,。；;()（）]{0,10}平均(?:增速|增幅|水平)$/;

/** The brackets of a (normalised) text that state a comparison base, in order. */
export function baseBrackets(text: string): Bracket[] {
  const out: Bracket[] = [];
  BRACKET.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BRACKET.exec(text)) !== null) {
    const inside = m[1]!.trim();
    // "较一季度(-10.8%)", "比1-7月（5.8%）": the value of the period compared with
    const valueOfBase = BARE_NUMBER.test(inside) && COMPARED_WITH.test(text.slice(Math.max(0, m.index - 12), m.index));
    if (BASE.test(inside) || valueOfBase) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Whether [start, end) lies inside one of the brackets (sorted). */
export function insideAny(brackets: readonly Bracket[], start: number, end: number): boolean {
  let lo = 0;
  let hi = brackets.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = brackets[mid]!;
    if (b.end <= start) lo = mid + 1;
    else if (b.start >= end) hi = mid - 1;
    else return b.start <= start && end <= b.end;
  }
  return false;
}

/** The bracket around `pos` within [from, pos): the position of its unclosed opening bracket, or −1. */
export function openBracketBefore(text: string, from: number, pos: number): number {
  let depth = 0;
  for (let i = pos - 1; i >= from; i -= 1) {
    const ch = text.charAt(i);
    if (ch === ')' || ch === '）') depth += 1;
    else if (ch === '(' || ch === '（') {
      if (depth === 0) return i;
      depth -= 1;
    }
  }
  return -1;
}
