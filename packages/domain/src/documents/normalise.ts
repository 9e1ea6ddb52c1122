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
  '％': '%', '．': '.', '﹒': '.', '，': '，', '－': '-', '～': '~', '（': '(', '）': ')', '＋': '+', '：': '：', '／': '/',
};

/**
 * A line broken inside a sentence, as wire services wrap their text ("…擴大０﹒９\n\n個百分點"): the
 * line before is long and ends in no sentence mark, so the break and blank lines are no break.
 */
function wrapsAt(original: string, at: number): number {
  if (original.charAt(at) !== '\n') return 0;
  const lineStart = original.lastIndexOf('\n', at - 1) + 1;
  const line = original.slice(lineStart, at).trim();
  const next = /^[ \t\u3000]*(?:\n[ \t\u3000]*)*/.exec(original.slice(at + 1))!;
  const resume = original.charAt(at + 1 + next[0].length);
  // (a table's line, its cells split by | or tabs, is a line of its own)
  if (/[|\t]/.test(line)) return 0;
  // a line that opens with a comma or a unit's sign goes on with the one before, whatever its length
  if (/[，,、％%]/.test(resume) && line !== '') return 1 + next[0].length;
  if (line.length < 36 || /[。！？!?；;：:」”)）>]$/.test(line)) return 0;
  // the next line goes on with the sentence: not a heading, a list item or a new paragraph's mark
  if (resume === '' || /[一二三四五六七八九十第(（＊*#\-•—●◆■□△☆★※]/.test(resume) || /^\d+[.、．]/.test(original.slice(at + 1 + next[0].length, at + 4 + next[0].length))) return 0;
  return 1 + next[0].length;
}

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
    const wrapped = wrapsAt(original, i);
    if (wrapped > 0) {
      i += wrapped;
      continue;
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
  // "城镇、乡村消费品零售额各为114135.9万元和2067.5万元": 各为 before a list of numbers is read as 分别 (same length)
  text = text.replace(/各为(?=-?\d)/g, '分别');
  return { text, map };
}

/** The original span of normalised [start, end). */
export function originalSpan(n: NormalisedText, start: number, end: number): { start: number; end: number } {
  const s = n.map[start] ?? n.map[n.map.length - 1]!;
  const last = end > start ? n.map[end - 1]! + 1 : s;
  return { start: s, end: last };
}
