import { setImmediate as nextTurn } from 'node:timers/promises';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { parseUnitLabel, type UnitCode } from '@hongtu/domain';
import { AppError } from '../errors/app-error';
import type { PackedPart } from './zip-inspector';

/**
 * The parts of an xlsx the import reads besides the sheets themselves:
 * the list of sheets (names, visibility, where each is stored), the shared
 * string table and the number formats. Everything is read with a streaming
 * XML parser (saxes) from the parts the zip inspector inflated; no workbook
 * model is built.
 */
export interface SheetInfo {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** The part holding the sheet XML (xl/worksheets/sheet1.xml), or null for a chart sheet. */
  part: string | null;
  /** Position among the workbook's sheets (problems are sorted by it). */
  order: number;
}

export interface WorkbookIndex {
  sheets: SheetInfo[];
  sharedStrings: string[];
  /** By style index (the `s` of a cell): how a number in that style is shown. */
  styles: NumberStyle[];
  /** By style index: a unit the number format writes after the number ('#,##0.00"万元"'), or null. */
  formatUnits: (UnitCode | null)[];
  date1904: boolean;
  /** The workbook's defined names (a template's marker, for one): name and what it refers to, as written. */
  definedNames: DefinedName[];
  parts: Map<string, Buffer>;
  /** The worksheets as stored in the file, inflated again as each is read (zip-inspector.ts). */
  packed: Map<string, PackedPart>;
}

export interface DefinedName {
  name: string;
  /** The reference as written ("'月报'!$A$3:$A$20"). */
  refersTo: string;
}

/** At most this many defined names are kept (a workbook's own few; no file makes the reader hold more). */
const MAX_DEFINED_NAMES = 100;

/**
 * 'hidden': the format shows nothing (";;;"); 'scaled': it shows the number divided by a
 * thousand per trailing comma ("#,##0,"): either way what the user sees is not what the cell holds.
 */
export type NumberStyle = 'plain' | 'percent' | 'date' | 'hidden' | 'scaled';

/** saxes without namespace processing: attributes are plain strings. */
export type PlainXml = { xmlns: false; position: false };

export const notXlsx = () => new AppError(422, 'IMPORT_NOT_XLSX');

/** A tag's name without its namespace prefix (`x:row` → `row`). */
export const localName = (name: string) => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/** An attribute by local name (`r:id` → `id`), whatever prefix the file bound. */
function attribute(tag: SaxesTagPlain, local: string): string | undefined {
  const direct = tag.attributes[local];
  if (direct !== undefined) return direct;
  for (const [key, value] of Object.entries(tag.attributes)) if (localName(key) === local) return value;
  return undefined;
}

const CHUNK = 64 * 1024;
/** Longest stretch of parsing before the event loop gets a turn (ms). */
export const SLICE_MS = 10;

/**
 * Parses a part with saxes, feeding it in chunks and giving the event loop a
 * turn between chunks. Malformed XML is an unreadable file.
 */
export async function parseXml(data: Buffer, setup: (parser: SaxesParser<PlainXml>) => void, isStopped: () => boolean = () => false): Promise<void> {
  const parser = new SaxesParser<PlainXml>({ xmlns: false, position: false });
  setup(parser);
  let slice = performance.now();
  try {
    let offset = 0;
    while (offset < data.length && !isStopped()) {
      const end = findCharBoundary(data, offset + CHUNK);
      parser.write(data.toString('utf8', offset, end));
      offset = end;
      if (performance.now() - slice > SLICE_MS) {
        await nextTurn();
        slice = performance.now();
      }
    }
    if (!isStopped()) parser.close();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw notXlsx();
  }
}

/** The first offset at or after `at` that starts a UTF-8 character (never splits one across chunks). */
function findCharBoundary(data: Buffer, at: number): number {
  let i = Math.min(at, data.length);
  while (i < data.length && (data[i]! & 0xc0) === 0x80) i++;
  return i;
}

/** Resolves a relationship target against xl/ (`worksheets/sheet1.xml`, `/xl/worksheets/sheet1.xml`). */
function resolveTarget(target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : `xl/${target}`).split('/');
  const out: string[] = [];
  for (const s of segments) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}

interface Relationship {
  id: string;
  /** The last segment of the relationship type: worksheet, sharedStrings, styles … */
  type: string;
  part: string;
}

async function readRelationships(part: Buffer | undefined): Promise<Relationship[]> {
  const rels: Relationship[] = [];
  if (!part) return rels;
  await parseXml(part, (p) => p.on('opentag', (tag) => {
    const { Id: id, Target: target, Type: type = '', TargetMode: mode } = tag.attributes;
    if (localName(tag.name) !== 'Relationship' || !id || !target || mode === 'External') return;
    rels.push({ id, type: type.slice(type.lastIndexOf('/') + 1), part: resolveTarget(target) });
  }));
  return rels;
}

async function readSheetList(workbook: Buffer, rels: Map<string, string>): Promise<{ sheets: SheetInfo[]; date1904: boolean; definedNames: DefinedName[] }> {
  const sheets: SheetInfo[] = [];
  const definedNames: DefinedName[] = [];
  let date1904 = false;
  let naming: DefinedName | null = null;
  await parseXml(workbook, (p) => {
    p.on('opentag', (tag) => {
      const name = localName(tag.name);
      if (name === 'workbookPr') date1904 = ['1', 'true'].includes(tag.attributes.date1904 ?? '');
      if (name === 'definedName' && definedNames.length < MAX_DEFINED_NAMES) naming = { name: tag.attributes.name ?? '', refersTo: '' };
      if (name !== 'sheet') return;
      const given = tag.attributes.state;
      const state: SheetInfo['state'] = given === 'hidden' ? 'hidden' : given === 'veryHidden' ? 'veryHidden' : 'visible';
      sheets.push({ name: tag.attributes.name ?? '', state, part: rels.get(attribute(tag, 'id') ?? '') ?? null, order: sheets.length });
    });
    p.on('text', (text) => {
      if (naming && naming.refersTo.length < 1000) naming.refersTo += text;
    });
    p.on('closetag', (tag) => {
      if (localName(tag.name) !== 'definedName' || !naming) return;
      definedNames.push(naming);
      naming = null;
    });
  });
  return { sheets, date1904, definedNames };
}

/** The shared strings: plain or rich text runs joined; phonetic guides (rPh) left out, as Excel shows them. */
async function readSharedStrings(part: Buffer | undefined): Promise<string[]> {
  const strings: string[] = [];
  if (!part) return strings;
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  await parseXml(part, (p) => {
    p.on('opentag', (tag) => {
      const name = localName(tag.name);
      if (name === 'si') current = [];
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && phonetic === 0) inText = true;
    });
    p.on('text', (text) => {
      if (inText && current) current.push(text);
    });
    p.on('closetag', (tag) => {
      const name = localName(tag.name);
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si' && current) {
        strings.push(current.join(''));
        current = null;
      }
    });
  });
  return strings;
}

// Built-in number formats: 9 and 10 are percentages; 14–22, 27–36, 45–47 and 50–58 dates and times.
const BUILTIN_PERCENT = new Set([9, 10]);
const isBuiltinDate = (id: number) => (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);

/** How a format code shows a number: a date when it has date parts outside quotes and [..], a percentage when it has %. */
export function styleOfFormat(code: string): NumberStyle {
  const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, '');
  if (bare.includes(';') && bare.replace(/[;\s]/g, '') === '') return 'hidden';
  if (/[ymdhMsb]/.test(bare)) return 'date';
  if (code.includes('%')) return 'percent';
  // A comma after the last digit placeholder scales by a thousand ("#,##0," shows 12345 as 12).
  const digits = (bare.split(';')[0] ?? '').replace(/[^0#?,.]/g, '');
  return /[0#?],+$/.test(digits) ? 'scaled' : 'plain';
}

/** The unit a format writes in quotes after the number ('0.00"万元"'), or null. */
export function unitOfFormat(code: string): UnitCode | null {
  const literal = [...code.matchAll(/"([^"]*)"/g)].map((m) => m[1]).join('').trim();
  return literal === '' ? null : parseUnitLabel(literal);
}

async function readStyles(part: Buffer | undefined): Promise<{ styles: NumberStyle[]; formatUnits: (UnitCode | null)[] }> {
  const styles: NumberStyle[] = [];
  const formatUnits: (UnitCode | null)[] = [];
  if (!part) return { styles, formatUnits };
  const formats = new Map<number, NumberStyle>();
  const units = new Map<number, UnitCode | null>();
  let inCellXfs = false;
  await parseXml(part, (p) => {
    p.on('opentag', (tag) => {
      const name = localName(tag.name);
      if (name === 'numFmt') {
        formats.set(Number(tag.attributes.numFmtId), styleOfFormat(tag.attributes.formatCode ?? ''));
        units.set(Number(tag.attributes.numFmtId), unitOfFormat(tag.attributes.formatCode ?? ''));
      }
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(tag.attributes.numFmtId ?? 0);
        styles.push(formats.get(id) ?? (BUILTIN_PERCENT.has(id) ? 'percent' : isBuiltinDate(id) ? 'date' : 'plain'));
        formatUnits.push(units.get(id) ?? null);
      }
    });
    p.on('closetag', (tag) => {
      if (localName(tag.name) === 'cellXfs') inCellXfs = false;
    });
  });
  return { styles, formatUnits };
}

/** Reads the workbook's index from the inflated parts; the sheets are read later, one at a time. */
export async function openWorkbook(parts: Map<string, Buffer>, packed: Map<string, PackedPart> = new Map()): Promise<WorkbookIndex> {
  const workbook = parts.get('xl/workbook.xml');
  if (!workbook) throw notXlsx();
  const rels = await readRelationships(parts.get('xl/_rels/workbook.xml.rels'));
  // Only worksheets are read; chart sheets and dialogs have other relationship types.
  const worksheets = new Map(rels.filter((r) => r.type === 'worksheet').map((r) => [r.id, r.part]));
  const { sheets, date1904, definedNames } = await readSheetList(workbook, worksheets);
  if (sheets.length === 0) throw notXlsx();
  const partOf = (type: string, fallback: string) => parts.get(rels.find((r) => r.type === type)?.part ?? fallback);
  const sharedStrings = await readSharedStrings(partOf('sharedStrings', 'xl/sharedStrings.xml'));
  const { styles, formatUnits } = await readStyles(partOf('styles', 'xl/styles.xml'));
  return { sheets, sharedStrings, styles, formatUnits, date1904, definedNames, parts, packed };
}
