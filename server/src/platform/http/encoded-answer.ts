// A JSON answer held as bytes, with its compressed copies made once and kept beside it. Large read
// models (the overview: ~370 kB of JSON at province scale) are served many times between two writes;
// encoding the text and compressing it on every request cost more than reading it. The copies are
// made off the event loop (zlib's thread pool), on the first request that accepts each coding.
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { negotiate } from '@fastify/accept-negotiator';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** The codings offered, best first: every browser in use accepts both. */
export const CONTENT_CODINGS = ['br', 'gzip'] as const;
export type ContentCoding = (typeof CONTENT_CODINGS)[number];

/** Answers smaller than this are sent as they are: compressing them saves less than it costs. */
export const COMPRESS_FROM_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Brotli at quality 5 and gzip at level 6: a read model's JSON shrinks by about a tenth in a few
 * milliseconds of a pool thread; the highest qualities take tens of times longer for a few per cent.
 */
function compress(coding: ContentCoding, bytes: Buffer): Promise<Buffer> {
  if (coding === 'br') {
    return brotli(bytes, {
      params: {
        [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
        [zlib.BROTLI_PARAM_QUALITY]: 5,
        [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    });
  }
  return gzipAsync(bytes, { level: 6 });
}

/** The coding to answer with for this Accept-Encoding header, or null for the bytes as they are. */
export function chooseCoding(acceptEncoding: string | string[] | undefined): ContentCoding | null {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : acceptEncoding;
  if (!header) return null;
  // A coding refused by name (`br;q=0`) is never chosen, even when `*` accepts the rest: the
  // negotiator lets `*` win over it, so refused codings are not offered to it.
  const offered = CONTENT_CODINGS.filter((coding) => !refusedByName(header, coding));
  if (offered.length === 0) return null;
  const chosen = negotiate(header, offered);
  return chosen === 'br' || chosen === 'gzip' ? chosen : null;
}

function refusedByName(header: string, coding: ContentCoding): boolean {
  return header.split(',').some((part) => {
    const [name, ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    if (name !== coding) return false;
    const q = params.find((param) => param.startsWith('q='));
    return q !== undefined && Number(q.slice(2)) === 0;
  });
}

export class EncodedAnswer {
  private readonly copies = new Map<ContentCoding, Promise<Buffer>>();
  private copiedBytes = 0;

  private constructor(readonly bytes: Buffer) {}

  /** The answer of this JSON text. */
  static of(json: string): EncodedAnswer {
    return new EncodedAnswer(Buffer.from(json, 'utf8'));
  }

  /** The answer's bytes in this coding (made once; a failed compression is tried again next time). */
  encoded(coding: ContentCoding): Promise<Buffer> {
    let copy = this.copies.get(coding);
    if (!copy) {
      copy = compress(coding, this.bytes).then(
        (done) => {
          this.copiedBytes += done.length;
          return done;
        },
        (error: unknown) => {
          this.copies.delete(coding);
          throw error;
        },
      );
      this.copies.set(coding, copy);
    }
    return copy;
  }

  /** Bytes held: the answer and the compressed copies made so far. */
  get heldBytes(): number {
    return this.bytes.length + this.copiedBytes;
  }

  /** The JSON text (for tests and callers that need the value). */
  text(): string {
    return this.bytes.toString('utf8');
  }
}

/**
 * Sends the answer as JSON, compressed when the client accepts a coding we offer. The bytes are
 * sent as they are: no serialiser runs. `Vary` tells caches the answer depends on Accept-Encoding.
 */
export async function sendEncodedJson(request: FastifyRequest, reply: FastifyReply, answer: EncodedAnswer): Promise<FastifyReply> {
  reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
  const coding = answer.bytes.length >= COMPRESS_FROM_BYTES ? chooseCoding(request.headers['accept-encoding']) : null;
  if (coding === null) return reply.send(answer.bytes);
  const body = await answer.encoded(coding);
  return reply.header('content-encoding', coding).send(body);
}
