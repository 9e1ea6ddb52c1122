import { crc32, deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runJob, type SheetJob } from './sheet-jobs';
import { columnLetter } from './xlsx-sheet';

/** An xlsx of one sheet (its XML as given) and shared strings, zipped here. */
function xlsx(sheetXml: string, shared: string[]): Buffer {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const parts: [string, string][] = [
    ['[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'],
    ['xl/workbook.xml', '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="表一" sheetId="1" r:id="rId1"/></sheets></workbook>'],
    ['xl/_rels/workbook.xml.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'],
    ['xl/sharedStrings.xml', `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${shared.map((s) => `<si><t>${escape(s)}</t></si>`).join('')}</sst>`],
    ['xl/worksheets/sheet1.xml', sheetXml],
  ];
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of parts) {
    const data = Buffer.from(text);
    const body = deflateRawSync(data);
    const file = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14); local.writeUInt32LE(body.length, 18); local.writeUInt32LE(data.length, 22); local.writeUInt16LE(file.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data), 16); central.writeUInt32LE(body.length, 20); central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(file.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(local, file, body);
    centrals.push(central, file);
    offset += 30 + file.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(parts.length, 8); end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

type Cell = { n: number } | { s: number } | { inline: string } | { formula: string; n: number } | null;
interface Grid { rows: Cell[][]; merges: [number, number, number, number][] }

/** The sheet XML of a grid: shared and inline strings, numbers, formulas, merged ranges after the rows. */
function sheetXml({ rows, merges }: Grid): string {
  const cells = rows.map((cells, r) => `<row r="${r + 1}">${cells.map((cell, c) => {
    if (cell === null) return '';
    const ref = `${columnLetter(c + 1)}${r + 1}`;
    if ('s' in cell) return `<c r="${ref}" t="s"><v>${cell.s}</v></c>`;
    if ('inline' in cell) return `<c r="${ref}" t="inlineStr"><is><t>${cell.inline.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t></is></c>`;
    if ('formula' in cell) return `<c r="${ref}"><f>${cell.formula}</f><v>${cell.n}</v></c>`;
    return `<c r="${ref}"><v>${cell.n}</v></c>`;
  }).join('')}</row>`).join('');
  const ranges = merges.map(([top, left, bottom, right]) => `<mergeCell ref="${columnLetter(left)}${top}:${columnLetter(right)}${bottom}"/>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${cells}</sheetData>${merges.length > 0 ? `<mergeCells>${ranges}</mergeCells>` : ''}</worksheet>`;
}

const SHARED = ['指标名称', '本年累计', 'a & b', '組織', ''];

/** Records every row handed over (the first one as the header); counts the parsers made. */
function recorder() {
  let made = 0;
  const job: SheetJob<null, string[]> = {
    create() {
      made++;
      const seen: string[] = [];
      const record = (row: { index: number; cells: unknown[] }) => seen.push(`${row.index}:${JSON.stringify(row.cells)}`);
      return { parser: { header: (row) => (record(row), true), row: (row) => void record(row) }, finish: () => seen };
    },
  };
  return { job, made: () => made };
}

const cellArb: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(null),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }).map((n) => ({ n })),
  fc.integer({ min: 0, max: SHARED.length - 1 }).map((s) => ({ s })),
  fc.string({ maxLength: 6 }).map((inline) => ({ inline })),
  fc.integer({ min: 0, max: 999 }).map((n) => ({ formula: 'A1*2', n })),
);
const gridArb: fc.Arbitrary<Grid> = fc.record({
  rows: fc.array(fc.array(cellArb, { maxLength: 6 }), { minLength: 1, maxLength: 12 }),
  merges: fc.array(fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }))
    .map(([top, left, height, width]) => [top, left, top + height, left + width] as [number, number, number, number]), { maxLength: 3 }),
});

describe('reading a sheet whole or as it is inflated', () => {
  it('hands over the same rows and cells either way, merged ranges included (learnt at the end, then read again)', async () => {
    await fc.assert(fc.asyncProperty(gridArb, async (grid) => {
      const file = xlsx(sheetXml(grid), SHARED);
      const whole = recorder();
      const packed = recorder();
      const a = await runJob(whole.job, null, { buffer: file, fileName: 'x.xlsx' });
      const b = await runJob(packed.job, null, { buffer: file, fileName: 'x.xlsx' }, { packAbove: 0 });
      expect(b.output).toEqual(a.output);
      expect(b.problems).toEqual(a.problems);
      expect(b.read.notices).toEqual(a.read.notices);
      expect(whole.made()).toBe(1);
      expect(packed.made()).toBeLessThanOrEqual(2);
    }), { numRuns: 150 });
  });

  it('reads a large sheet again when a merged range at its end covers a value already handed over', async () => {
    const grid: Grid = { rows: [[{ s: 0 }, { s: 1 }], [{ n: 1 }, { n: 2 }]], merges: [[1, 1, 1, 2]] };
    const file = xlsx(sheetXml(grid), SHARED);
    const packed = recorder();
    const read = await runJob(packed.job, null, { buffer: file, fileName: 'x.xlsx' }, { packAbove: 0 });
    expect(packed.made()).toBe(2);
    // B1 lies under A1:B1: it reads as empty.
    expect(read.output[0]).toBe('1:[null,{"kind":"text","text":"指标名称"}]');
    // Without a covered value, one reading is enough.
    const plain = recorder();
    await runJob(plain.job, null, { buffer: xlsx(sheetXml({ ...grid, merges: [[3, 1, 3, 2]] }), SHARED), fileName: 'x.xlsx' }, { packAbove: 0 });
    expect(plain.made()).toBe(1);
  });

  it('reads a shared string cell by its index, whatever surrounds it (formula digits, a comment cutting the value)', async () => {
    const sheet = '<worksheet><sheetData><row r="1"><c r="A1" t="s"><f>12</f><v>1</v></c><c r="B1" t="s"><v>2<!-- x -->0</v></c><c r="C1" t="s"><v>3</v></c></row></sheetData></worksheet>';
    const shared = [...SHARED, ...Array.from({ length: 20 }, (_, i) => `s${i}`)];
    for (const packAbove of [undefined, 0]) {
      const read = await runJob(recorder().job, null, { buffer: xlsx(sheet, shared), fileName: 'x.xlsx' }, { packAbove });
      expect(read.output).toEqual([`1:${JSON.stringify([null, { kind: 'text', text: '本年累计' }, { kind: 'text', text: 's15' }, { kind: 'text', text: '組織' }])}`]);
      expect(read.read.notices).toEqual([{ sheet: '表一', row: null, column: null, code: 'IMPORT_FORMULA_CACHED', params: { sheet: '表一', count: 1, cell: 'A1' } }]);
    }
  });

  it('refuses a large sheet beyond the row limit as it streams, and a damaged one as unreadable', async () => {
    const many = `<worksheet><sheetData>${Array.from({ length: 100_031 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`).join('')}</sheetData></worksheet>`;
    await expect(runJob(recorder().job, null, { buffer: xlsx(many, SHARED), fileName: 'x.xlsx' }, { packAbove: 0 })).rejects.toMatchObject({ code: 'IMPORT_TOO_MANY_ROWS' });
    const cut = '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row>';
    await expect(runJob(recorder().job, null, { buffer: xlsx(cut, SHARED), fileName: 'x.xlsx' }, { packAbove: 0 })).rejects.toMatchObject({ code: 'IMPORT_NOT_XLSX' });
  });
});

describe('what a parser is told besides the cells', () => {
  it('hidden rows (hidden or of no height), hidden columns (hidden or of no width), merges starting on a row, the sheets before and each sheet after', async () => {
    const sheet = '<worksheet><cols><col min="1" max="2" width="12"/><col min="3" max="3" hidden="1"/><col min="5" max="16384" width="0" customWidth="1"/></cols>'
      + '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2" hidden="1"><c r="A2"><v>2</v></c></row>'
      + '<row r="3" ht="0" customHeight="1"><c r="A3"><v>3</v></c></row><row r="4" hidden="0"><c r="A4"><v>4</v></c></row></sheetData>'
      + '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>';
    for (const packAbove of [undefined, 0]) {
      const calls: string[] = [];
      const job: SheetJob<null, string[]> = {
        create: () => ({
          parser: {
            begin: (sheets) => void calls.push(`begin ${JSON.stringify(sheets)}`),
            header: (row) => (calls.push(`header ${row.index} ${JSON.stringify(row.merges ?? [])} ${JSON.stringify(row.hiddenColumns)}`), true),
            row: (row) => void calls.push(`row ${row.index} ${row.hidden === true}`),
            endSheet: (name, header, place) => {
              calls.push(`end ${name} ${String(header)}`);
              place.problem(4, 1, 'IMPORT_HIDDEN_SHEET', { sheet: name });
            },
          },
          finish: () => calls,
        }),
      };
      const read = await runJob(job, null, { buffer: xlsx(sheet, SHARED), fileName: 'x.xlsx' }, { packAbove });
      const merges = packAbove === 0 ? '[]' : '[{"left":1,"top":1,"right":2,"bottom":1}]';
      expect(read.output).toEqual([
        'begin [{"name":"表一","visible":true}]',
        `header 1 ${merges} [{"min":3,"max":3},{"min":5,"max":702}]`,
        'row 2 true', 'row 3 true', 'row 4 false',
        'end 表一 true',
      ]);
      expect(read.problems).toEqual([{ sheet: '表一', row: 4, column: 'A', code: 'IMPORT_HIDDEN_SHEET', params: { sheet: '表一' } }]);
    }
  });
});
