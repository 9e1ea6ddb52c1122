// Abbreviations a text glosses: "消费者物价指数（CPI）上涨2.49%；预测CPI年增率为1.85%" — a later figure
// named by the abbreviation alone is a figure of the name it glossed (DOMAIN.md "Figures in documents").

const GLOSS = /([\u3400-\u9fff]{2,20})\(([A-Z]{2,8})\)/g;
const ABBREVIATION = /^[A-Z]{2,8}$/;

/** Renames, in place, the figures named by a glossed abbreviation alone; `t` is the normalised text. */
export function spellOutAbbreviations(figures: Array<{ indicator: string; indicatorMatched: boolean }>, t: string): void {
  if (!figures.some((f) => !f.indicatorMatched && ABBREVIATION.test(f.indicator))) return;
  const glossed = new Map<string, string>();
  GLOSS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = GLOSS.exec(t)) !== null) {
    const words = m[1]!;
    // the name is the longest tail of the words before the bracket that an earlier figure was named by
    const named = figures.map((f) => f.indicator).filter((name) => name.length >= 2 && words.endsWith(name)).sort((a, b) => b.length - a.length)[0];
    if (named && !glossed.has(m[2]!)) glossed.set(m[2]!, named);
  }
  for (const f of figures) {
    const name = !f.indicatorMatched && ABBREVIATION.test(f.indicator) ? glossed.get(f.indicator) : undefined;
    if (name) f.indicator = name;
  }
}
