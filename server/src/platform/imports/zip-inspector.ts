import { inflateRawSync } from 'node:zlib';
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
 * Inflates every entry with a hard output limit, so a bomb is caught by what
 * it really expands to (declared sizes can lie, entries can overlap), and
 * refuses entries whose real size differs from the declared one.
 * Returns the inflated parts the checks need to read.
 */
export async function inflateWithinLimits(buf: Buffer, entries: ZipEntry[], keep: (name: string) => boolean): Promise<Map<string, Buffer>> {
  const declared = entries.reduce((total, e) => total + e.uncompressedSize, 0);
  if (declared > IMPORT_LIMITS.uncompressedBytes) throw zipBomb();
  let budget = IMPORT_LIMITS.uncompressedBytes;
  const kept = new Map<string, Buffer>();
  for (const entry of entries) {
    if (entry.flags & 0x1) throw notXlsx(); // encrypted entry
    const data = entryData(buf, entry);
    let inflated: Buffer;
    if (entry.method === 0) {
      inflated = data;
    } else if (entry.method === 8) {
      try {
        // In the import worker, so inflating in place holds no event loop that matters. An output
        // chunk of the declared size gives an honest entry in one piece (no copies to join).
        inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, budget), chunkSize: Math.max(64, Math.min(entry.uncompressedSize + 64, budget, 64 * 1024 * 1024)) });
      } catch (error) {
        if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw zipBomb();
        throw notXlsx();
      }
    } else {
      throw notXlsx();
    }
    if (inflated.length > budget) throw zipBomb();
    if (inflated.length !== entry.uncompressedSize) throw notXlsx();
    budget -= inflated.length;
    if (keep(entry.name)) kept.set(entry.name, inflated);
  }
  return kept;
}

/** The parts the reader needs: every XML part and relationship list (drawings and media are only counted). */
const isXmlPart = (name: string) => /\.(xml|rels)$/i.test(name);

/**
 * Everything refused before the workbook is parsed: not a zip / no workbook,
 * legacy or encrypted files, macros (.xlsm, vbaProject.bin, macro content
 * type), external links, and zip bombs. Returns the inflated XML parts by name.
 */
export async function inspectXlsx(buf: Buffer, fileName: string): Promise<Map<string, Buffer>> {
  if (buf.length === 0) throw new AppError(400, 'IMPORT_NO_FILE');
  if (buf.length > IMPORT_LIMITS.uploadBytes) throw new AppError(413, 'IMPORT_TOO_LARGE', { limit: mib(IMPORT_LIMITS.uploadBytes) });
  if (buf.subarray(0, 8).equals(OLE_MAGIC)) throw new AppError(422, 'IMPORT_LEGACY_OR_ENCRYPTED');
  if (/\.xl[sa]m$/i.test(fileName.trim())) throw new AppError(422, 'IMPORT_MACRO');
  const entries = readCentralDirectory(buf);
  const names = entries.map((e) => e.name.toLowerCase());
  if (names.some((n) => n.endsWith('vbaproject.bin'))) throw new AppError(422, 'IMPORT_MACRO');
  if (names.some((n) => n.startsWith('xl/externallinks/'))) throw new AppError(422, 'IMPORT_EXTERNAL_LINK');
  const parts = await inflateWithinLimits(buf, entries, isXmlPart);
  const contentTypes = parts.get('[Content_Types].xml')?.toString('utf8');
  if (contentTypes === undefined || !names.includes('xl/workbook.xml')) throw notXlsx();
  if (/macroEnabled|vbaProject/i.test(contentTypes)) throw new AppError(422, 'IMPORT_MACRO');
  if (/externalLink/i.test(contentTypes)) throw new AppError(422, 'IMPORT_EXTERNAL_LINK');
  return parts;
}
