// Text normalisation for reading figures (DOMAIN.md "Figures in documents"): full-width digits and
// signs to ASCII, inline pinyin annotations dropped (區(qū) → 區), Traditional to Simplified through a
// converter the caller passes (opencc), while every normalised character keeps the offset of the
// character it came from, so that quotes and offsets are always in the ORIGINAL text.

/** Normalised text and, for each of its UTF-16 code units, the index of its source in the original. */
export interface NormalisedText {
  text: string;
  /** map[i] = original index of text[i]; map[text.length] = original length. */
  map: number[];
}

const FULL_WIDTH: Readonly<Record<string, string>> = {
  '％': '%', '．': '.', '，': '，', '－': '-', '～': '~', '（': '(', '）': ')', '＋': '+', '：': '：', '／': '/',
};

// Lower-case Latin with at least one tone mark: an inline pinyin annotation, e.g. (qū), (jìn).
const PINYIN = /^\(([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]*)\)/;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 0x30); // ０-９
  if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) return String.fromCharCode(code - 0xfee0);
  if (ch === '\u3000' || ch === '\u00a0') return ' ';
  return FULL_WIDTH[ch] ?? ch;
}

/**
 * Folds full-width forms, drops pinyin annotations and converts to Simplified with `toSimplified`
 * (called once on the whole text; when it changes the length, character by character).
 */
export function normaliseForReading(original: string, toSimplified?: ((text: string) => string) | null): NormalisedText {
  let text = '';
  const map: number[] = [];
  let i = 0;
  while (i < original.length) {
    const ch = original.charAt(i);
    if ((ch === '(' || ch === '（') && i > 0 && CJK.test(original.charAt(i - 1))) {
      const candidate = original.slice(i, i + 12).replace(/^（/, '(').replace(/^([^)）]*)）/, '$1)');
      const m = PINYIN.exec(candidate);
      if (m) {
        i += m[0].length;
        continue;
      }
    }
    text += foldChar(ch);
    map.push(i);
    i += 1;
  }
  map.push(original.length);
  if (toSimplified) {
    const converted = toSimplified(text);
    if (converted.length === text.length) text = converted;
    else {
      let out = '';
      for (const ch of text) {
        const c = toSimplified(ch);
        out += c.length === ch.length ? c : ch;
      }
      text = out;
    }
  }
  return { text, map };
}

/** The original span of normalised [start, end). */
export function originalSpan(n: NormalisedText, start: number, end: number): { start: number; end: number } {
  const s = n.map[start] ?? n.map[n.map.length - 1]!;
  const last = end > start ? n.map[end - 1]! + 1 : s;
  return { start: s, end: last };
}
