// Abbreviations a text glosses: "消费者物价指数（CPI）上涨2.49%；预测CPI年增率为1.85%" — a later figure
// named by the abbreviation alone is a figure of the name it glossed (DOMAIN.md "Figures in documents").

const GLOSS = /([\u3400-\u9fff]{2,20})\(([A-Z]{2,8})\)/g;
const ABBREVIATION = /^[A-Z]{2,8}$/;

/** Renames, in place, the figures named by a glossed abbreviation alone; `t` is the normalised text. */
export function spellOutAbbreviations(figures: Array<{ indicator: string; indicatorMatched: boolean }>, t: string): void {
  const wanted = new Set(figures.filter((f) => !f.indicatorMatched && ABBREVIATION.test(f.indicator)).map((f) => f.indicator));
  if (wanted.size === 0) return;
  // the name is the longest tail of the words before the bracket that a figure was named by
  const names = [...new Set(figures.map((f) => f.indicator).filter((name) => name.length >= 2))].sort((a, b) => b.length - a.length);
  const glossed = new Map<string, string>();
  GLOSS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (glossed.size < wanted.size && (m = GLOSS.exec(t)) !== null) {
    const [, words, abbreviation] = m as unknown as [string, string, string];
    if (!wanted.has(abbreviation) || glossed.has(abbreviation)) continue;
    const named = names.find((name) => words.endsWith(name));
    if (named) glossed.set(abbreviation, named);
  }
  for (const f of figures) {
    const name = !f.indicatorMatched && ABBREVIATION.test(f.indicator) ? glossed.get(f.indicator) : undefined;
    if (name) f.indicator = name;
  }
}
