// A title that states a figure the text states again ("2024年1—2月份全国固定资产投资增长4.2%" above
// "…全国固定资产投资（不含农户）50847亿元，同比增长4.2%") gives it once, from the text.

interface Repeatable {
  indicator: string;
  period: string;
  value: string | null;
  yoy_pct: string | null;
  start: number;
}

/** Removes, in place, the figures of the first line (ending at `titleEnd`, original offsets) that a later figure repeats. */
export function dropTitleRepeats(figures: Repeatable[], titleEnd: number): void {
  if (titleEnd <= 0) return;
  // a headline names shortly what the text names in full (5月零售銷貨額按年跌1.7% above 零售業總銷貨價值…下跌1.7%)
  const sameName = (a: string, b: string) => a === b || (a.length >= 2 && a.slice(0, 2) === b.slice(0, 2));
  const same = (a: Repeatable, b: Repeatable) => sameName(a.indicator, b.indicator) && a.period === b.period && (a.value ?? b.value) === (b.value ?? a.value) && a.yoy_pct === b.yoy_pct;
  for (let i = figures.length - 1; i >= 0; i -= 1) {
    const f = figures[i]!;
    if (f.start < titleEnd && figures.some((g) => g.start >= titleEnd && same(f, g))) figures.splice(i, 1);
  }
}

/** The end (original offset) of a text's title: a short first line that ends no sentence; −1 without one. */
export function titleEndOf(t: string, n: { map: readonly number[] }): number {
  const end = t.indexOf('\n');
  if (end <= 0 || end > 60 || /[。！？；;]/.test(t.slice(0, end))) return -1;
  return n.map[end] ?? -1;
}
