// A title that states a figure the text states again ("2024年1—2月份全国固定资产投资增长4.2%" above
// "…全国固定资产投资（不含农户）50847亿元，同比增长4.2%") gives it once, from the text.

interface Repeatable {
  entity: string;
  indicator: string;
  period: string;
  value: string | null;
  yoy_pct: string | null;
  start: number;
  end: number;
  quote: string;
}

// a headline names shortly what the text names in full (5月零售銷貨額按年跌1.7% above 零售業總銷貨價值…下跌1.7%)
// (我市地方财政1-2月份收入增长40.1% above 地方财政收入…增长40.1%: the headline's 收入 ends the text's name)
const sameName = (a: string, b: string) => a === b || (a.length >= 2 && (a.slice(0, 2) === b.slice(0, 2) || b.endsWith(a) || a.endsWith(b)));

/**
 * "三、社会消费品零售总额下降5.9%。全市实现社会消费品零售总额825.81亿元。": a numbered point that states a
 * growth alone, and the next sentence the amount of the same figure, are one figure. Merges them in place:
 * the growth goes to the amount's record, whose quote then runs from the point to the amount, so that both
 * numbers stand in it.
 */
export function mergeNumberedPoints(figures: Repeatable[], text: string): void {
  for (let i = figures.length - 2; i >= 0; i -= 1) {
    const f = figures[i]!;
    const g = figures[i + 1]!;
    if (f.value !== null || f.yoy_pct === null || g.value === null || g.yoy_pct !== null) continue;
    if (f.entity !== g.entity || f.period !== g.period || !sameName(f.indicator, g.indicator)) continue;
    const lineStart = text.lastIndexOf('\n', f.start) + 1;
    const between = text.slice(f.end, g.start);
    if (!/^\s*[一二三四五六七八九十]{1,3}[、.．]/.test(text.slice(lineStart, f.end)) || !/^[^\d\n。]{0,2}。[^\n。]*$/.test(between)) continue;
    g.yoy_pct = f.yoy_pct;
    g.quote = text.slice(f.start, g.end);
    g.start = f.start;
    figures.splice(i, 1);
  }
}

/**
 * Removes, in place, the figures of a heading (`headings`, original offsets: the title, or a short
 * line such as "＊首８月房地產開發企業到位資金降８％＊") that a figure after it repeats.
 */
export function dropTitleRepeats(figures: Repeatable[], headings: ReadonlyArray<{ start: number; end: number }>): void {
  if (headings.length === 0) return;
  // and rounds what the text writes with its decimals (降8% above 下降8.0%)
  const sameNumber = (a: string | null, b: string | null) => a === b || (a !== null && b !== null && Number(a) === Number(b));
  const same = (a: Repeatable, b: Repeatable) => a.entity === b.entity && sameName(a.indicator, b.indicator) && a.period === b.period && sameNumber(a.value ?? b.value, b.value ?? a.value) && sameNumber(a.yoy_pct, b.yoy_pct);
  for (let i = figures.length - 1; i >= 0; i -= 1) {
    const f = figures[i]!;
    const heading = headings.find((h) => h.start <= f.start && f.start < h.end);
    if (heading && figures.some((g) => g.start >= heading.end && same(f, g))) figures.splice(i, 1);
  }
}

/**
 * The headings of a text (original offsets): its title — a short first line that ends no sentence —
 * and any later short line that ends none and stands apart between blank lines or marks (＊…＊).
 */
export function headingsOf(t: string, n: { map: readonly number[] }): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (let end = t.indexOf('\n'); start < t.length; end = t.indexOf('\n', start)) {
    const lineEnd = end < 0 ? t.length : end;
    const line = t.slice(start, lineEnd).trim();
    const first = out.length === 0 && t.slice(0, start).trim() === '';
    // (between blank lines: the line before and the line after are empty)
    const apart = /^[＊*].*[＊*]$/.test(line) || (/(^|\n)[ \t]*\n$/.test(t.slice(Math.max(0, start - 4), start)) && /^\n[ \t]*(\n|$)/.test(t.slice(lineEnd, lineEnd + 4)));
    // (a table's row is no heading)
    if (line !== '' && !/[|\t]/.test(line) && line.length <= (first ? 60 : 40) && !/[。！？；;，,]/.test(line) && (first || apart) && /\d/.test(line)) {
      out.push({ start: n.map[start] ?? 0, end: n.map[lineEnd] ?? -1 });
    }
    if (end < 0) break;
    start = end + 1;
  }
  return out;
}
