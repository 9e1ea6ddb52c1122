// Whether a stored number is one the quote states, as the document writes it (for the citation tests).
import { dec } from '@hongtu/domain';

/** Words that put a minus sign before the rate that follows ("下降4.7%", "下跌40.5%", "负增长81.6%"). */
const FALL = /(下降|下跌|负增长|負增長)/;

/**
 * The numbers of the quote, with the unit scalings its own writing allows: a number followed by
 * 万 can stand for ×10⁴ (2.29万人 → 22900 人) or ×10⁻⁴ (19830万美元 → 1.983 亿美元).
 */
function numbersOf(quote: string): string[] {
  const out: string[] = [];
  for (const m of quote.matchAll(/\d+(?:\.\d+)?/g)) {
    out.push(m[0]);
    if (quote[m.index + m[0].length] === '万') {
      out.push(dec(m[0]).times(10000).toString(), dec(m[0]).dividedBy(10000).toString());
    }
  }
  return out;
}

/** An amount: equal (as a decimal, so '3.20' = '3.2') to a number of the quote. */
export function amountInQuote(value: string, quote: string): boolean {
  return numbersOf(quote).some((n) => dec(n).equals(dec(value)));
}

/** A growth rate: its size is written in the quote, and a negative rate is said to fall there. */
export function growthInQuote(value: string, quote: string): boolean {
  const size = dec(value).abs();
  const written = [...quote.matchAll(/\d+(?:\.\d+)?/g)].some((m) => dec(m[0]).equals(size));
  return written && (!dec(value).isNegative() || FALL.test(quote));
}
