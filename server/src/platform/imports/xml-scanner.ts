import { notXlsx } from './xlsx-workbook';
import { AMP, APOS, COLON, decodeReferences, EQ, GT, isNameByte, isNameStart, isSpace, LT, MAX_DEPTH, nameCode, QUOTE, safeTextEnd, SLASH } from './xml-bytes';

/**
 * A pull tokenizer for the large XML parts of an upload (the worksheets), working on the
 * bytes as they are inflated, chunk by chunk (feed): tag and attribute names are recognised
 * by a packed code of their local name, and text or attribute values are decoded only when
 * the reader asks for them. It checks the structure (one root, tags nest and close in order,
 * attributes quoted, no '<' in a value, references known where they are read) and refuses a
 * DOCTYPE (parts of an xlsx carry none, ECMA-376 part 2); it validates nothing else.
 * Anything malformed is an unreadable file.
 */
export const END = 0;
export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
/** The bytes fed so far end inside a token: feed the next chunk. */
export const MORE = 4;
export type TokenKind = typeof END | typeof OPEN | typeof CLOSE | typeof TEXT | typeof MORE;

/** Thrown inside a token that runs past the bytes fed so far (answered as MORE). */
const INCOMPLETE = Symbol('incomplete');

export class XmlScanner {
  #buf: Buffer = Buffer.alloc(0);
  #pos = 0;
  #final = false;
  #started = false;
  /** Chunks fed but not yet joined to the buffer (they are joined once they outweigh its rest). */
  #pending: Buffer[] = [];
  #pendingBytes = 0;
  #depth = 0;
  #rootSeen = false;
  #pendingClose = false;
  /** Each open element's qualified name: its packed code, or the name itself when longer. */
  #stack: (number | string)[] = [];

  /** The current OPEN / CLOSE token's local name as a packed code (-1 when longer than 4). */
  local = -1;
  #qname: number | string = -1;
  #localStart = 0;
  #nameEnd = 0;
  /** OPEN: attributes by packed local name, and where each value lies. */
  attrCount = 0;
  #attrLocal = new Int32Array(16);
  #attrStart = new Int32Array(16);
  #attrEnd = new Int32Array(16);
  /** Where each attribute's local name lies (for names longer than 4, which have no packed code). */
  #attrNameStart = new Int32Array(16);
  #attrNameEnd = new Int32Array(16);
  /** TEXT: where the text lies, and whether it needs decoding (references, or CDATA taken as is). */
  #textStart = 0;
  #textEnd = 0;
  #textCdata = false;

  /** The next bytes of the document; `last` when they end it. */
  feed(chunk: Buffer, last: boolean): void {
    this.#final = last;
    this.#pending.push(chunk);
    this.#pendingBytes += chunk.length;
    const rest = this.#buf.length - this.#pos;
    // A token longer than a chunk waits for enough bytes to double what is kept, so that joining stays linear.
    if (!last && rest > 0 && this.#pendingBytes < rest) return;
    const parts = rest > 0 ? [this.#buf.subarray(this.#pos), ...this.#pending] : this.#pending;
    this.#buf = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    this.#pos = 0;
    this.#pending = [];
    this.#pendingBytes = 0;
  }

  /** The current OPEN / CLOSE token's local name. */
  localName(): string {
    return this.#buf.toString('utf8', this.#localStart, this.#nameEnd);
  }

  /** Index of the current tag's attribute with this packed local name, or -1. */
  attr(code: number): number {
    for (let i = 0; i < this.attrCount; i++) if (this.#attrLocal[i] === code) return i;
    return -1;
  }

  /** Index of the current tag's attribute with this local name, of any length ("hidden", "width"), or -1. */
  attrNamed(name: string): number {
    const code = nameCode(name);
    for (let i = 0; i < this.attrCount; i++) {
      if (this.#attrLocal[i] !== code) continue;
      if (code !== -1 || this.#buf.toString('latin1', this.#attrNameStart[i], this.#attrNameEnd[i]) === name) return i;
    }
    return -1;
  }

  /** An attribute's value, references decoded, whitespace normalised as XML does. */
  attrValue(i: number): string {
    const raw = this.#buf.toString('utf8', this.#attrStart[i], this.#attrEnd[i]);
    const spaced = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, ' ') : raw;
    return spaced.includes('&') ? decodeReferences(spaced) : spaced;
  }

  /** An attribute written as a plain non-negative decimal integer, read from its bytes; -1 otherwise. */
  attrInt(i: number): number {
    const start = this.#attrStart[i]!;
    const end = this.#attrEnd[i]!;
    if (end === start || end - start > 15) return -1;
    let n = 0;
    for (let p = start; p < end; p++) {
      const d = this.#buf[p]! - 0x30;
      if (d < 0 || d > 9) return -1;
      n = n * 10 + d;
    }
    return n;
  }

  /** Set by attrCellRef: the row number of the reference (0 when it has none). */
  refRow = 0;

  /**
   * A cell reference ("AB12") read from the attribute's bytes: its column number (A = 1,
   * 0 without letters), the row in `refRow`; -1 when the value is not of that plain form.
   */
  attrCellRef(i: number): number {
    const end = this.#attrEnd[i]!;
    let p = this.#attrStart[i]!;
    let column = 0;
    for (; p < end; p++) {
      const c = this.#buf[p]!;
      if (c < 0x41 || c > 0x5a) break;
      column = column * 26 + (c - 0x40);
    }
    if (end - p > 15) return -1;
    let row = 0;
    for (; p < end; p++) {
      const d = this.#buf[p]! - 0x30;
      if (d < 0 || d > 9) return -1;
      row = row * 10 + d;
    }
    this.refRow = row;
    return column;
  }

  /** The packed code of an attribute's value when it is at most 4 ASCII bytes ("s", "str"), else -1. */
  attrCode(i: number): number {
    const start = this.#attrStart[i]!;
    const end = this.#attrEnd[i]!;
    if (end - start > 4) return -1;
    let code = 0;
    for (let p = start; p < end; p++) {
      const b = this.#buf[p]!;
      if (b >= 0x80 || b === AMP) return -1;
      code = code * 256 + b;
    }
    return code;
  }

  /** The current TEXT token when it is a plain non-negative integer (a shared string's index), from its bytes; -1 otherwise. */
  textInt(): number {
    const start = this.#textStart;
    const end = this.#textEnd;
    if (this.#textCdata || end === start || end - start > 9) return -1;
    let n = 0;
    for (let p = start; p < end; p++) {
      const d = this.#buf[p]! - 0x30;
      if (d < 0 || d > 9) return -1;
      n = n * 10 + d;
    }
    return n;
  }

  /** The current TEXT token, decoded. */
  text(): string {
    const raw = this.#buf.toString('utf8', this.#textStart, this.#textEnd);
    if (this.#textCdata) return raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
    const lines = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
    return lines.includes('&') ? decodeReferences(lines) : lines;
  }

  /** Advances to the next token. Comments, processing instructions and the XML declaration are skipped. */
  next(): TokenKind {
    if (this.#pendingClose) {
      this.#pendingClose = false;
      this.#depth--;
      return CLOSE;
    }
    if (this.#pendingBytes > 0) return MORE;
    if (!this.#started) {
      // A UTF-8 byte order mark, once its three bytes are in.
      const buf = this.#buf;
      if (buf.length < 3 && !this.#final) return MORE;
      this.#started = true;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) this.#pos = 3;
    }
    const start = this.#pos;
    try {
      return this.#token();
    } catch (error) {
      if (error !== INCOMPLETE) throw error;
      this.#pos = start;
      return MORE;
    }
  }

  /** The end of the bytes fed inside a token: wait for more, or malformed at the end of the document. */
  #incomplete(): never {
    if (this.#final) throw notXlsx();
    throw INCOMPLETE;
  }

  #token(): TokenKind {
    const buf = this.#buf;
    for (;;) {
      const pos = this.#pos;
      if (pos >= buf.length) {
        if (!this.#final) throw INCOMPLETE;
        if (this.#depth > 0 || !this.#rootSeen) throw notXlsx();
        return END;
      }
      if (buf[pos] !== LT) {
        let end = buf.indexOf(LT, pos);
        if (end < 0) {
          // Text running past the bytes fed: hand over what can be decoded on its own.
          if (this.#final || this.#depth === 0) end = buf.length;
          else {
            end = safeTextEnd(buf, pos);
            if (end <= pos) throw INCOMPLETE;
          }
        }
        this.#pos = end;
        if (this.#depth === 0) {
          // Outside the root element only blanks may stand.
          for (let p = pos; p < end; p++) if (!isSpace(buf[p]!)) throw notXlsx();
          continue;
        }
        this.#textStart = pos;
        this.#textEnd = end;
        this.#textCdata = false;
        return TEXT;
      }
      if (pos + 1 >= buf.length) this.#incomplete();
      const next = buf[pos + 1];
      if (next === SLASH) return this.#closeTag(pos);
      if (next === 0x3f) { // <? … ?>
        const end = buf.indexOf('?>', pos + 2, 'latin1');
        if (end < 0) this.#incomplete();
        this.#pos = end + 2;
        continue;
      }
      if (next === 0x21) { // <!
        if (pos + 4 > buf.length) this.#incomplete();
        if (buf[pos + 2] === 0x2d && buf[pos + 3] === 0x2d) {
          const end = buf.indexOf('-->', pos + 4, 'latin1');
          if (end < 0) this.#incomplete();
          this.#pos = end + 3;
          continue;
        }
        if (pos + 9 > buf.length) this.#incomplete();
        if (buf.toString('latin1', pos + 2, pos + 9) === '[CDATA[' && this.#depth > 0) {
          const end = buf.indexOf(']]>', pos + 9, 'latin1');
          if (end < 0) this.#incomplete();
          this.#textStart = pos + 9;
          this.#textEnd = end;
          this.#textCdata = true;
          this.#pos = end + 3;
          return TEXT;
        }
        // DOCTYPE and anything else.
        throw notXlsx();
      }
      return this.#openTag(pos);
    }
  }

  #readName(start: number): number {
    const buf = this.#buf;
    if (start >= buf.length) this.#incomplete();
    if (!isNameStart(buf[start]!)) throw notXlsx();
    let p = start;
    let code = 0;
    let qname = 0;
    let localStart = start;
    while (p < buf.length && isNameByte(buf[p]!)) {
      const b = buf[p]!;
      if (p - start < 4) qname = qname * 256 + b;
      if (b === COLON) {
        localStart = p + 1;
        code = 0;
      } else if (p - localStart < 4) {
        code = code * 256 + b;
      }
      p++;
    }
    if (p >= buf.length) this.#incomplete();
    this.#localStart = localStart;
    this.#nameEnd = p;
    this.local = p - localStart > 4 || p === localStart ? -1 : code;
    this.#qname = p - start > 4 ? buf.toString('utf8', start, p) : qname;
    return p;
  }

  #openTag(pos: number): TokenKind {
    const buf = this.#buf;
    if (this.#depth === 0 && this.#rootSeen) throw notXlsx();
    let p = this.#readName(pos + 1);
    const local = this.local;
    const qname = this.#qname;
    const localStart = this.#localStart;
    const nameEnd = this.#nameEnd;
    let selfClosing = false;
    this.attrCount = 0;
    for (;;) {
      const spaced = isSpace(buf[p]!);
      while (p < buf.length && isSpace(buf[p]!)) p++;
      if (p >= buf.length) this.#incomplete();
      const b = buf[p];
      if (b === GT) {
        p++;
        break;
      }
      if (b === SLASH) {
        if (p + 1 >= buf.length) this.#incomplete();
        if (buf[p + 1] !== GT) throw notXlsx();
        p += 2;
        selfClosing = true;
        break;
      }
      // An attribute: blank before it, name = "value".
      if (!spaced) throw notXlsx();
      p = this.#readName(p);
      const attrLocal = this.local;
      const attrNameStart = this.#localStart;
      const attrNameEnd = this.#nameEnd;
      while (p < buf.length && isSpace(buf[p]!)) p++;
      if (p >= buf.length) this.#incomplete();
      if (buf[p] !== EQ) throw notXlsx();
      p++;
      while (p < buf.length && isSpace(buf[p]!)) p++;
      if (p >= buf.length) this.#incomplete();
      const quote = buf[p];
      if (quote !== QUOTE && quote !== APOS) throw notXlsx();
      let end = p + 1;
      for (; end < buf.length; end++) {
        const c = buf[end];
        if (c === quote) break;
        if (c === LT) throw notXlsx();
      }
      if (end >= buf.length) this.#incomplete();
      this.#addAttr(attrLocal, p + 1, end, attrNameStart, attrNameEnd);
      p = end + 1;
    }
    this.#pos = p;
    this.local = local;
    this.#localStart = localStart;
    this.#nameEnd = nameEnd;
    this.#rootSeen = true;
    if (selfClosing) this.#pendingClose = true;
    else {
      if (this.#depth >= MAX_DEPTH) throw notXlsx();
      this.#stack[this.#depth] = qname;
    }
    this.#depth++;
    return OPEN;
  }

  #addAttr(local: number, start: number, end: number, nameStart: number, nameEnd: number): void {
    const i = this.attrCount++;
    if (i >= this.#attrLocal.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.#attrLocal = grow(this.#attrLocal);
      this.#attrStart = grow(this.#attrStart);
      this.#attrEnd = grow(this.#attrEnd);
      this.#attrNameStart = grow(this.#attrNameStart);
      this.#attrNameEnd = grow(this.#attrNameEnd);
    }
    this.#attrLocal[i] = local;
    this.#attrStart[i] = start;
    this.#attrEnd[i] = end;
    this.#attrNameStart[i] = nameStart;
    this.#attrNameEnd[i] = nameEnd;
  }

  #closeTag(pos: number): TokenKind {
    const buf = this.#buf;
    if (this.#depth === 0) throw notXlsx();
    let p = this.#readName(pos + 2);
    while (p < buf.length && isSpace(buf[p]!)) p++;
    if (p >= buf.length) this.#incomplete();
    if (buf[p] !== GT) throw notXlsx();
    // The same qualified name as the element it closes.
    if (this.#stack[this.#depth - 1] !== this.#qname) throw notXlsx();
    this.#pos = p + 1;
    this.#depth--;
    return CLOSE;
  }
}
