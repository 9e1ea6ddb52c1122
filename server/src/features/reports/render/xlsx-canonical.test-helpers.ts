// A workbook in a canonical text form, to compare what two writers made of the same report: as
// ExcelJS reads it back — its title and creator, each sheet in order with its name, frozen rows,
// merged ranges and column widths, and every cell with its address, type, value, number format,
// fill, font and alignment.
import ExcelJS from 'exceljs';

export async function canonicalXlsx(xlsx: Buffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
  const lines: string[] = [JSON.stringify({ title: workbook.title, creator: workbook.creator })];
  for (const sheet of workbook.worksheets) {
    const views = sheet.views.map((v) => ({ state: v.state, ySplit: (v as { ySplit?: number }).ySplit ?? 0, xSplit: (v as { xSplit?: number }).xSplit ?? 0 }));
    const merges = Object.keys((sheet as unknown as { _merges: Record<string, unknown> })._merges).sort();
    const widths = Array.from({ length: sheet.columnCount }, (_, i) => sheet.getColumn(i + 1).width ?? null);
    lines.push(`=== ${JSON.stringify({ name: sheet.name, views, merges, widths })}`);
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const fill = cell.fill as ExcelJS.FillPattern | undefined;
        lines.push(JSON.stringify({
          at: cell.address, type: cell.type, value: cell.value, numFmt: cell.numFmt ?? null,
          fill: fill?.type === 'pattern' && fill.pattern !== 'none' ? `${fill.pattern}:${fill.fgColor?.argb ?? ''}` : null,
          bold: cell.font?.bold ?? false, size: cell.font?.size ?? null,
          align: cell.alignment ? [cell.alignment.horizontal ?? '', cell.alignment.vertical ?? '', cell.alignment.wrapText ? 'wrap' : ''].join('/') : null,
        }));
      });
    });
  }
  return `${lines.join('\n')}\n`;
}
