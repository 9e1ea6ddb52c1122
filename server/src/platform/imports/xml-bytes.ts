import { notXlsx } from './xlsx-workbook';

// The bytes of XML as the worksheet scanner (xml-scanner.ts) reads them: delimiters, name
// characters, references and where text cut at a chunk's end may stop.

export const LT = 0x3c;
export const GT = 0x3e;
export const SLASH = 0x2f;
export const QUOTE = 0x22;
export const APOS = 0x27;
export const EQ = 0x3d;
export const COLON = 0x3a;
export const AMP = 0x26;
export const MAX_DEPTH = 256;

export const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x09 || b === 0x0d;
/** Bytes of a name: ASCII letters, digits, _ : . - and any byte of a multi-byte UTF-8 character. */
export const isNameByte = (b: number) => (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x3a) || b === 0x5f || b === 0x2e || b === 0x2d || b >= 0x80;
export const isNameStart = (b: number) => isNameByte(b) && !(b >= 0x30 && b <= 0x39) && b !== 0x2e && b !== 0x2d;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const REFERENCE = /&([^;&]*);?/g;

/** A character XML 1.0 allows (a numeric reference to anything else is malformed). */
const isXmlChar = (c: number) => c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);

/** Replaces the predefined and numeric references; anything else after '&' is malformed. */
export function decodeReferences(text: string): string {
  return text.replace(REFERENCE, (all, ref: string) => {
    if (!all.endsWith(';')) throw notXlsx();
    const named = ENTITIES[ref];
    if (named !== undefined) return named;
    const code = /^#x[0-9a-fA-F]{1,6}$/.test(ref) ? parseInt(ref.slice(2), 16) : /^#[0-9]{1,7}$/.test(ref) ? Number(ref.slice(1)) : -1;
    if (!isXmlChar(code)) throw notXlsx();
    return String.fromCodePoint(code);
  });
}

/**
 * Where text cut at the end of a chunk may end and still decode on its own: not inside a
 * reference (&amp;), a multi-byte character or a CR LF pair. `pos` or less: nothing can be given yet.
 */
export function safeTextEnd(buf: Buffer, pos: number): number {
  let end = buf.length;
  const amp = buf.lastIndexOf(AMP, end - 1);
  if (amp >= pos && buf.indexOf(0x3b, amp) < 0) end = amp;
  while (end > pos && (buf[end - 1]! & 0x80) !== 0) {
    // Back to the lead byte of the last character, and before it unless it is complete.
    let lead = end - 1;
    while (lead > pos && (buf[lead]! & 0xc0) === 0x80) lead--;
    const b = buf[lead]!;
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    if (lead + length <= end) break;
    end = lead;
  }
  if (end > pos && buf[end - 1] === 0x0d) end--;
  return end;
}

/** The packed code of a name of at most 4 ASCII characters ("c", "row", "rPh"); -1 for longer names. */
export function nameCode(name: string): number {
  if (name.length > 4) return -1;
  let code = 0;
  for (let i = 0; i < name.length; i++) code = code * 256 + name.charCodeAt(i);
  return code;
}
