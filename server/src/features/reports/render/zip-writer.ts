// A zip archive written file by file for the reports' Word and Excel files: a text file from its
// pieces, encoded as UTF-8 and compressed batch by batch as they come (a city's bulletin is tens of
// megabytes of XML that never needs to exist whole), bytes compressed or stored as they are. No
// data descriptors, no ZIP64 (a report's files are far below 4 GiB); a fixed date, so the same
// content gives the same bytes.
import { once } from 'node:events';
import zlib from 'node:zlib';

/** Text gathered before it is encoded and handed to the compressor (characters). */
const BATCH_CHARS = 64 * 1024;

interface ZipEntry {
  name: Buffer;
  method: 0 | 8;
  crc: number;
  size: number;
  compressedSize: number;
  offset: number;
}

/** Files written one after another into a zip archive held as chunks (no data descriptors, no ZIP64). */
export class ZipWriter {
  readonly #chunks: Buffer[] = [];
  readonly #entries: ZipEntry[] = [];
  #offset = 0;

  /** A file from its bytes: compressed, or stored as it is (pictures already compressed). */
  addBytes(name: string, bytes: Uint8Array, compress = true): void {
    const data = compress ? zlib.deflateRawSync(bytes) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.#add(name, compress ? 8 : 0, zlib.crc32(bytes), bytes.byteLength, [data]);
  }

  /**
   * A text file from its pieces, encoded as UTF-8 and compressed batch by batch as they come, by a
   * zlib stream (on libuv's pool: compressing synchronously on the render worker's own thread made
   * the bulletin 1–3 s slower on 2 busy cores, 2026-12-03).
   */
  async addText(name: string, pieces: Iterable<string>): Promise<void> {
    const deflate = zlib.createDeflateRaw();
    const compressed: Buffer[] = [];
    deflate.on('data', (chunk: Buffer) => compressed.push(chunk));
    const ended = once(deflate, 'end');
    let crc = 0;
    let size = 0;
    let batch: string[] = [];
    let batchChars = 0;
    const flush = async () => {
      const bytes = Buffer.from(batch.join(''), 'utf8');
      batch = [];
      batchChars = 0;
      crc = zlib.crc32(bytes, crc);
      size += bytes.byteLength;
      if (!deflate.write(bytes)) await once(deflate, 'drain');
    };
    for (const piece of pieces) {
      batch.push(piece);
      batchChars += piece.length;
      if (batchChars >= BATCH_CHARS) await flush();
    }
    await flush();
    deflate.end();
    await ended;
    this.#add(name, 8, crc, size, compressed);
  }

  #add(name: string, method: 0 | 8, crc: number, size: number, data: Buffer[]): void {
    const nameBytes = Buffer.from(name, 'utf8');
    const compressedSize = data.reduce((n, d) => n + d.byteLength, 0);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // names in UTF-8
    header.writeUInt16LE(method, 8);
    header.writeUInt16LE(0, 10); // 00:00
    header.writeUInt16LE(0x21, 12); // 1980-01-01: the same bytes for the same content
    header.writeUInt32LE(crc >>> 0, 14);
    header.writeUInt32LE(compressedSize, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(nameBytes.byteLength, 26);
    header.writeUInt16LE(0, 28);
    this.#entries.push({ name: nameBytes, method, crc, size, compressedSize, offset: this.#offset });
    this.#chunks.push(header, nameBytes, ...data);
    this.#offset += header.byteLength + nameBytes.byteLength + compressedSize;
  }

  /** The archive: the files, then the central directory. */
  finish(): Buffer {
    const directoryAt = this.#offset;
    let directorySize = 0;
    for (const entry of this.#entries) {
      const record = Buffer.alloc(46);
      record.writeUInt32LE(0x02014b50, 0);
      record.writeUInt16LE(20, 4);
      record.writeUInt16LE(20, 6);
      record.writeUInt16LE(0x0800, 8);
      record.writeUInt16LE(entry.method, 10);
      record.writeUInt16LE(0, 12);
      record.writeUInt16LE(0x21, 14);
      record.writeUInt32LE(entry.crc >>> 0, 16);
      record.writeUInt32LE(entry.compressedSize, 20);
      record.writeUInt32LE(entry.size, 24);
      record.writeUInt16LE(entry.name.byteLength, 28);
      record.writeUInt32LE(entry.offset, 42);
      this.#chunks.push(record, entry.name);
      directorySize += record.byteLength + entry.name.byteLength;
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.#entries.length, 8);
    end.writeUInt16LE(this.#entries.length, 10);
    end.writeUInt32LE(directorySize, 12);
    end.writeUInt32LE(directoryAt, 16);
    this.#chunks.push(end);
    return Buffer.concat(this.#chunks);
  }
}
