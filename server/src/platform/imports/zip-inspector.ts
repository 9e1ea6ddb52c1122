import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { AppError } from '../errors/app-error';
import { IMPORT_LIMITS, mib } from './limits';

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
/** OLE compound file: a legacy .xls, or an xlsx encrypted with a password. */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

const notXlsx = () => new AppError(422, 'IMPORT_NOT_XLSX');
const zipBomb = () => new AppError(422, 'IMPORT_ZIP_BOMB', { limit: mib(IMPORT_LIMITS.uncompressedBytes) });

function findEndOfCentralDirectory(buf: Buffer): number {
  const earliest = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= earliest; i--) {
    if (buf.readUInt32LE(i) === SIG_END) return i;
  }
  return -1;
}

/** Reads the central directory: every entry with its declared sizes. Refuses what is no plain zip. */
export function readCentralDirectory(buf: Buffer): ZipEntry[] {
  if (buf.length < 22) throw notXlsx();
  const end = findEndOfCentralDirectory(buf);
  if (end < 0) throw notXlsx();
  // ZIP64 is never needed below the upload limit; a ZIP64 record only hides the real sizes.
  if (end >= 20 && buf.readUInt32LE(end - 20) === SIG_ZIP64_LOCATOR) throw notXlsx();
  const count = buf.readUInt16LE(end + 10);
  const size = buf.readUInt32LE(end + 12);
  const offset = buf.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff || offset + size > end) throw notXlsx();
  if (count > IMPORT_LIMITS.entries) throw zipBomb();
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || buf.readUInt32LE(p) !== SIG_CENTRAL) throw notXlsx();
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    if (p + 46 + nameLength > end) throw notXlsx();
    entries.push({
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      uncompressedSize: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLength),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The compressed bytes of an entry, located through its local header. */
function entryData(buf: Buffer, entry: ZipEntry): Buffer {
  const p = entry.localOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== SIG_LOCAL) throw notXlsx();
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const stop = start + entry.compressedSize;
  if (stop > buf.length) throw notXlsx();
  return buf.subarray(start, stop);
}

/**
 * A part kept as stored in the file and inflated, chunk by chunk, only as it is read (the
 * large worksheets): its declared size is checked then, and `limit` is what the zip limit
 * leaves it (more is a zip bomb).
 */
export interface PackedPart {
  data: Buffer;
  method: number;
  size: number;
  limit: number;
}

/** Inflated output per chunk of a packed part. */
const STREAM_CHUNK = 64 * 1024;

/** The inflated bytes of a part as stored in the file, in chunks; more than `limit` bytes is a zip bomb. */
export async function* inflateChunks(part: Pick<PackedPart, 'data' | 'method'>, limit = Infinity): AsyncGenerator<Buffer> {
  if (part.method === 0) {
    if (part.data.length > limit) throw zipBomb();
    for (let at = 0; at < part.data.length; at += STREAM_CHUNK) yield part.data.subarray(at, at + STREAM_CHUNK);
    return;
  }
  if (part.method !== 8) throw notXlsx();
  const inflate = createInflateRaw({ chunkSize: STREAM_CHUNK });
  inflate.end(part.data);
  let total = 0;
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > limit) throw zipBomb();
      yield chunk;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw notXlsx();
  } finally {
    inflate.destroy();
  }
}

/**
 * Inflates every entry with a hard output limit, so a bomb is caught by what
 * it really expands to (declared sizes can lie, entries can overlap), and
 * refuses entries whose real size differs from the declared one. Entries to
 * `keep` come back inflated; entries to `pack` come back as stored, with what
 * the limit leaves them (see PackedPart); the rest (media) are only counted,
 * as they stream by.
 */
export async function inflateWithinLimits(
  buf: Buffer,
  entries: ZipEntry[],
  keep: (name: string) => boolean,
  pack: (entry: ZipEntry) => boolean = () => false,
): Promise<{ parts: Map<string, Buffer>; packed: Map<string, PackedPart> }> {
  const declared = entries.reduce((total, e) => total + e.uncompressedSize, 0);
  if (declared > IMPORT_LIMITS.uncompressedBytes) throw zipBomb();
  const toPack = entries.filter(pack);
  const packedSize = toPack.reduce((total, e) => total + e.uncompressedSize, 0);
  let budget = IMPORT_LIMITS.uncompressedBytes - packedSize;
  const parts = new Map<string, Buffer>();
  const packed = new Map<string, PackedPart>();
  for (const entry of entries) {
    if (entry.flags & 0x1) throw notXlsx(); // encrypted entry
    const data = entryData(buf, entry);
    if (entry.method !== 0 && entry.method !== 8) throw notXlsx();
    if (toPack.includes(entry)) {
      packed.set(entry.name, { data, method: entry.method, size: entry.uncompressedSize, limit: 0 });
      continue;
    }
    if (!keep(entry.name)) {
      let size = 0;
      for await (const chunk of inflateChunks({ data, method: entry.method }, budget)) size += chunk.length;
      if (size !== entry.uncompressedSize) throw notXlsx();
      budget -= size;
      continue;
    }
    let inflated: Buffer;
    if (entry.method === 0) {
      inflated = data;
    } else {
      try {
        // In the import worker, so inflating in place holds no event loop that matters. An output
        // chunk of the declared size gives an honest entry in one piece (no copies to join).
        inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, budget), chunkSize: Math.max(64, Math.min(entry.uncompressedSize + 64, budget, 64 * 1024 * 1024)) });
      } catch (error) {
        if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw zipBomb();
        throw notXlsx();
      }
    }
    if (inflated.length > budget) throw zipBomb();
    if (inflated.length !== entry.uncompressedSize) throw notXlsx();
    budget -= inflated.length;
    parts.set(entry.name, inflated);
  }
  // What the others left: a packed part may inflate to its size and that much more before it is a bomb.
  for (const part of packed.values()) part.limit = part.size + Math.max(0, budget);
  return { parts, packed };
}

/** A packed part's inflated bytes in chunks, its size checked at the end (a mismatch is a damaged file). */
export async function* packedChunks(part: PackedPart): AsyncGenerator<Buffer> {
  let size = 0;
  for await (const chunk of inflateChunks(part, part.limit)) {
    size += chunk.length;
    yield chunk;
  }
  if (size !== part.size) throw notXlsx();
}

/** The parts the reader needs: every XML part and relationship list (drawings and media are only counted). */
const isXmlPart = (name: string) => /\.(xml|rels)$/i.test(name);
/**
 * Large worksheets are kept packed (see inflateWithinLimits) and inflated as they are read,
 * never held whole; smaller ones are inflated at once like the other parts (quicker to read).
 */
const PACK_BYTES = 8 * 1024 * 1024;

/**
 * Everything refused before the workbook is parsed: not a zip / no workbook,
 * legacy or encrypted files, macros (.xlsm, vbaProject.bin, macro content
 * type), external links, and zip bombs. Returns the inflated XML parts by
 * name, and the large worksheets packed.
 */
export async function inspectXlsx(buf: Buffer, fileName: string, packAbove = PACK_BYTES): Promise<{ parts: Map<string, Buffer>; packed: Map<string, PackedPart> }> {
  if (buf.length === 0) throw new AppError(400, 'IMPORT_NO_FILE');
  if (buf.length > IMPORT_LIMITS.uploadBytes) throw new AppError(413, 'IMPORT_TOO_LARGE', { limit: mib(IMPORT_LIMITS.uploadBytes) });
  if (buf.subarray(0, 8).equals(OLE_MAGIC)) throw new AppError(422, 'IMPORT_LEGACY_OR_ENCRYPTED');
  if (/\.xl[sa]m$/i.test(fileName.trim())) throw new AppError(422, 'IMPORT_MACRO');
  const entries = readCentralDirectory(buf);
  const names = entries.map((e) => e.name.toLowerCase());
  if (names.some((n) => n.endsWith('vbaproject.bin'))) throw new AppError(422, 'IMPORT_MACRO');
  if (names.some((n) => n.startsWith('xl/externallinks/'))) throw new AppError(422, 'IMPORT_EXTERNAL_LINK');
  const isLargeWorksheet = (entry: ZipEntry) => entry.uncompressedSize > packAbove && /^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name);
  const { parts, packed } = await inflateWithinLimits(buf, entries, isXmlPart, isLargeWorksheet);
  const contentTypes = parts.get('[Content_Types].xml')?.toString('utf8');
  if (contentTypes === undefined || !names.includes('xl/workbook.xml')) throw notXlsx();
  if (/macroEnabled|vbaProject/i.test(contentTypes)) throw new AppError(422, 'IMPORT_MACRO');
  if (/externalLink/i.test(contentTypes)) throw new AppError(422, 'IMPORT_EXTERNAL_LINK');
  return { parts, packed };
}
