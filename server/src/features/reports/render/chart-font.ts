// The chart font cut down to the glyphs one chart draws. resvg, as @resvg/resvg-js 2.6 is built (no
// memory-mapped fonts), reads a font file from disk again each time it shapes a run of text or
// outlines a glyph: with the 5 MB CJK font that is most of a chart's time and memory (hundreds of
// glyphs, ~0.4 s a chart). Here the font's first face is copied with every table as it is and glyph
// ids unchanged — so shaping, kerning and metrics are the whole font's and the picture is the same —
// except that only the glyphs of the chart's characters keep their outlines (glyf / loca), the glyph
// names (post) are left out and the vertical metrics (vhea / vmtx) dropped: ~0.4 MB instead of 5 MB.
// A font it cannot cut safely (not TrueType outlines, substitutions in GSUB) is used whole.
// The cut goes to resvg as a file: resvg-js 2.6 also takes fonts as buffers (font.fontBuffers, not
// in its typings), but a 120-district chart then took 1.2–1.6 s instead of 0.2–0.3 s (2026-12-03).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/** Where Debian's fonts-wqy-microhei puts the CJK font the charts name (WenQuanYi Micro Hei, the collection's first face). */
export const CHART_FONT_FILE = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';

/** A TrueType face as the cut reads it. */
export interface Face {
  data: Buffer;
  tables: Map<string, { offset: number; length: number }>;
  numGlyphs: number;
  longLoca: boolean;
  /** Code point → glyph id, from the face's Unicode cmap. */
  glyphOf: Map<number, number>;
}

/** Tables left out of the cut font: glyph names and device / vertical metrics the rasteriser does not read. */
const DROPPED = new Set(['vhea', 'vmtx', 'VORG', 'hdmx', 'LTSH', 'VDMX', 'DSIG', 'EBDT', 'EBLC', 'EBSC']);

function readCmap(data: Buffer, at: number): Map<number, number> {
  const glyphOf = new Map<number, number>();
  const count = data.readUInt16BE(at + 2);
  const subtables = Array.from({ length: count }, (_, i) => ({
    platform: data.readUInt16BE(at + 4 + i * 8), encoding: data.readUInt16BE(at + 6 + i * 8), offset: at + data.readUInt32BE(at + 8 + i * 8),
  }));
  const unicode = subtables.filter((s) => s.platform === 0 || (s.platform === 3 && (s.encoding === 1 || s.encoding === 10)));
  const full = unicode.find((s) => data.readUInt16BE(s.offset) === 12);
  const bmp = unicode.find((s) => data.readUInt16BE(s.offset) === 4);
  if (full) {
    const at12 = full.offset;
    const groups = data.readUInt32BE(at12 + 12);
    for (let g = 0; g < groups; g++) {
      const p = at12 + 16 + g * 12;
      const [start, end, glyph] = [data.readUInt32BE(p), data.readUInt32BE(p + 4), data.readUInt32BE(p + 8)];
      for (let c = start; c <= end; c++) glyphOf.set(c, glyph + c - start);
    }
  } else if (bmp) {
    const p = bmp.offset;
    const segments = data.readUInt16BE(p + 6) / 2;
    const ends = p + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const rangeOffsets = deltas + segments * 2;
    for (let s = 0; s < segments; s++) {
      const [start, end] = [data.readUInt16BE(starts + s * 2), data.readUInt16BE(ends + s * 2)];
      const delta = data.readUInt16BE(deltas + s * 2);
      const rangeOffset = data.readUInt16BE(rangeOffsets + s * 2);
      for (let c = start; c <= end && c !== 0xffff; c++) {
        let glyph: number;
        if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
        else {
          const raw = data.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
          glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
        }
        if (glyph !== 0) glyphOf.set(c, glyph);
      }
    }
  }
  return glyphOf;
}

/** The face a cut can be made of, or null (CFF outlines, glyph substitutions, no Unicode cmap). */
export function readFace(data: Buffer): Face | null {
  const start = data.toString('latin1', 0, 4) === 'ttcf' ? data.readUInt32BE(12) : 0;
  const count = data.readUInt16BE(start + 4);
  const tables = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < count; i++) {
    const p = start + 12 + i * 16;
    tables.set(data.toString('latin1', p, p + 4), { offset: data.readUInt32BE(p + 8), length: data.readUInt32BE(p + 12) });
  }
  const [head, maxp, cmap, glyf, loca, gsub] = ['head', 'maxp', 'cmap', 'glyf', 'loca', 'GSUB'].map((t) => tables.get(t));
  if (!head || !maxp || !cmap || !glyf || !loca) return null;
  // Substitutions would draw glyphs no character maps to: such a font is used whole.
  if (gsub && gsub.length >= 10) {
    const lookupList = gsub.offset + data.readUInt16BE(gsub.offset + 8);
    if (data.readUInt16BE(gsub.offset + 8) !== 0 && data.readUInt16BE(lookupList) > 0) return null;
  }
  const glyphOf = readCmap(data, cmap.offset);
  if (glyphOf.size === 0) return null;
  return { data, tables, numGlyphs: data.readUInt16BE(maxp.offset + 4), longLoca: data.readInt16BE(head.offset + 50) === 1, glyphOf };
}

function glyphRange(face: Face, glyph: number): { start: number; end: number } {
  const loca = face.tables.get('loca')!.offset;
  const glyf = face.tables.get('glyf')!.offset;
  const at = (i: number) => (face.longLoca ? face.data.readUInt32BE(loca + i * 4) : face.data.readUInt16BE(loca + i * 2) * 2);
  return { start: glyf + at(glyph), end: glyf + at(glyph + 1) };
}

/** The glyphs of the text's characters, .notdef, and the parts composite glyphs are made of. */
export function glyphsOf(face: Face, text: string): Set<number> {
  const kept = new Set<number>([0]);
  const queue: number[] = [];
  const add = (glyph: number) => {
    if (glyph < face.numGlyphs && !kept.has(glyph)) { kept.add(glyph); queue.push(glyph); }
  };
  for (const ch of text) { const g = face.glyphOf.get(ch.codePointAt(0)!); if (g !== undefined) add(g); }
  for (const m of text.matchAll(/&#(?:x([0-9a-f]+)|(\d+));/gi)) {
    const g = face.glyphOf.get(m[1] ? parseInt(m[1], 16) : Number(m[2]));
    if (g !== undefined) add(g);
  }
  queue.push(0);
  while (queue.length > 0) {
    const { start, end } = glyphRange(face, queue.pop()!);
    if (end - start < 10 || face.data.readInt16BE(start) >= 0) continue;
    // A composite glyph: flags, component glyph, arguments (bytes or words), then its scale, per component.
    let p = start + 10;
    for (;;) {
      if (p + 4 > end) break;
      const flags = face.data.readUInt16BE(p);
      add(face.data.readUInt16BE(p + 2));
      p += 4 + (flags & 0x1 ? 4 : 2) + (flags & 0x8 ? 2 : flags & 0x40 ? 4 : flags & 0x80 ? 8 : 0);
      if (!(flags & 0x20)) break;
    }
  }
  return kept;
}

const pad4 = (n: number) => (n + 3) & ~3;

function checksum(bytes: Buffer): number {
  let sum = 0;
  for (let i = 0; i < bytes.length; i += 4) sum = (sum + bytes.readUInt32BE(i)) >>> 0;
  return sum;
}

/** The face as one TrueType font in which only the given glyphs keep their outlines (ids unchanged). */
export function cutFont(face: Face, kept: ReadonlySet<number>): Buffer {
  const { data, numGlyphs } = face;
  const offsets = new Array<number>(numGlyphs + 1);
  const pieces: Buffer[] = [];
  let size = 0;
  for (let g = 0; g < numGlyphs; g++) {
    offsets[g] = size;
    if (!kept.has(g)) continue;
    const { start, end } = glyphRange(face, g);
    if (end <= start) continue;
    const length = (end - start + 1) & ~1;
    const piece = Buffer.alloc(length);
    data.copy(piece, 0, start, end);
    pieces.push(piece);
    size += length;
  }
  offsets[numGlyphs] = size;
  const longLoca = size > 0x1fffe;
  const loca = Buffer.alloc((numGlyphs + 1) * (longLoca ? 4 : 2));
  offsets.forEach((o, i) => (longLoca ? loca.writeUInt32BE(o, i * 4) : loca.writeUInt16BE(o / 2, i * 2)));

  const out = new Map<string, Buffer>();
  for (const [tag, t] of face.tables) {
    if (DROPPED.has(tag)) continue;
    out.set(tag, Buffer.from(data.subarray(t.offset, t.offset + t.length)));
  }
  out.set('glyf', Buffer.concat(pieces, size));
  out.set('loca', loca);
  const head = out.get('head')!;
  head.writeUInt32BE(0, 8);
  head.writeInt16BE(longLoca ? 1 : 0, 50);
  const post = out.get('post');
  if (post && post.length >= 32) {
    const names = Buffer.from(post.subarray(0, 32));
    names.writeUInt32BE(0x00030000, 0);
    out.set('post', names);
  } else out.delete('post');

  const tags = [...out.keys()].sort();
  const power = 2 ** Math.floor(Math.log2(tags.length));
  const directory = Buffer.alloc(12 + tags.length * 16);
  directory.writeUInt32BE(0x00010000, 0);
  directory.writeUInt16BE(tags.length, 4);
  directory.writeUInt16BE(power * 16, 6);
  directory.writeUInt16BE(Math.log2(power), 8);
  directory.writeUInt16BE(tags.length * 16 - power * 16, 10);
  let offset = directory.length;
  const bodies: Buffer[] = [];
  tags.forEach((tag, i) => {
    const table = out.get(tag)!;
    const padded = Buffer.alloc(pad4(table.length));
    table.copy(padded);
    const p = 12 + i * 16;
    directory.write(tag, p, 'latin1');
    directory.writeUInt32BE(checksum(padded), p + 4);
    directory.writeUInt32BE(offset, p + 8);
    directory.writeUInt32BE(table.length, p + 12);
    bodies.push(padded);
    offset += padded.length;
  });
  const font = Buffer.concat([directory, ...bodies]);
  const headAt = directory.readUInt32BE(12 + tags.indexOf('head') * 16 + 8);
  font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, headAt + 8);
  return font;
}

let face: Face | null | undefined;
const chartFace = (): Face | null => {
  if (face !== undefined) return face;
  try {
    face = fs.existsSync(CHART_FONT_FILE) ? readFace(fs.readFileSync(CHART_FONT_FILE)) : null;
  } catch {
    face = null;
  }
  return face;
};

export interface ChartFont {
  /** The font files resvg loads: the cut font, else the whole one, else none (the machine's fonts). */
  files: string[];
  /** Removes the cut font's file. */
  dispose(): void;
}

let written = 0;

/** The chart font for an SVG: only the glyphs of its characters, in a file of its own until disposed. */
export function chartFontFor(svg: string): ChartFont {
  const cut = chartFace();
  if (!cut) return { files: fs.existsSync(CHART_FONT_FILE) ? [CHART_FONT_FILE] : [], dispose: () => {} };
  const file = path.join(os.tmpdir(), `hongtu-chart-font-${process.pid}-${threadId}-${++written}.ttf`);
  fs.writeFileSync(file, cutFont(cut, glyphsOf(cut, svg)));
  return { files: [file], dispose: () => fs.rmSync(file, { force: true }) };
}
