import { gzipSync } from 'node:zlib';

/** Characters of JSON text compressed as one gzip member. */
const PIECE_CHARS = 1 << 20;

/**
 * A document model's JSON text gzipped without ever holding the whole text: a city's bulletin is
 * 14 M characters (28 MB as a JavaScript string, 20 MB more as UTF-8 for zlib), which the render
 * worker's heap would otherwise reserve for every report. The text is JSON.stringify(value)'s, made
 * piece by piece — each of the object's own keys, and each element of an array-valued key — and
 * every ~1 M characters compressed as a gzip member of its own: a gzip file is a series of members
 * (RFC 1952 §2.2), and Node's gunzip reads them all as one text.
 */
export function gzipJson(value: object): Buffer {
  const members: Buffer[] = [];
  let piece = '';
  const write = (text: string) => {
    piece += text;
    if (piece.length >= PIECE_CHARS) {
      members.push(gzipSync(piece));
      piece = '';
    }
  };
  write('{');
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    write(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (!Array.isArray(item)) {
      write(JSON.stringify(item));
      continue;
    }
    write('[');
    item.forEach((element: unknown, i) => write(`${i === 0 ? '' : ','}${JSON.stringify(element) ?? 'null'}`));
    write(']');
  }
  write('}');
  members.push(gzipSync(piece));
  return Buffer.concat(members);
}
