import { describe, expect, it } from 'vitest';
import { contentDisposition } from '../http/download';
import { outsideSource } from './formulas';
import { columnLetter, countRowTags } from './xlsx-sheet';
import { styleOfFormat, unitOfFormat } from './xlsx-workbook';

describe('sheet reader pieces', () => {
  it('counts row tags with or without a prefix, not closing tags, rowBreaks or text', () => {
    const xml = Buffer.from('<sheetData><row r="1"><c><v>row </v></c></row><x:row r="2"></x:row><row/><rowBreaks count="1"/></sheetData>');
    expect(countRowTags(xml)).toBe(3);
  });

  it('names columns like Excel', () => {
    expect([1, 26, 27, 52, 702, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA']);
  });

  it('tells percentages and dates from plain number formats', () => {
    expect(styleOfFormat('0.0%')).toBe('percent');
    expect(styleOfFormat('yyyy"年"m"月"d"日"')).toBe('date');
    expect(styleOfFormat('[$-804]#,##0.00"亿元"')).toBe('plain');
    expect(styleOfFormat('#,##0.000###')).toBe('plain');
    expect(styleOfFormat('General')).toBe('plain');
  });

  it('tells formats that hide or scale a number, and the unit a format writes after it', () => {
    expect(styleOfFormat(';;;')).toBe('hidden');
    expect(styleOfFormat(';;')).toBe('hidden');
    expect(styleOfFormat('0;-0;;@')).toBe('plain');
    expect(styleOfFormat('#,##0,')).toBe('scaled');
    expect(styleOfFormat('0.0,,"百万"')).toBe('scaled');
    expect(styleOfFormat('#,##0.00')).toBe('plain');
    expect(styleOfFormat('#,##0.00\\,')).toBe('plain');
    expect(unitOfFormat('[$-804]#,##0.00"亿元"')).toBe('yi_yuan');
    expect(unitOfFormat('0.00"萬元"')).toBe('wan_yuan');
    expect(unitOfFormat('0.00"元/人"')).toBeNull();
    expect(unitOfFormat('#,##0.00')).toBeNull();
  });

  it('finds formulas whose value comes from outside the workbook', () => {
    expect(outsideSource('WEBSERVICE("https://x")')).toBe('WEBSERVICE');
    expect(outsideSource('_xlfn.WEBSERVICE(A1)')).toBe('WEBSERVICE');
    expect(outsideSource('rtd("prog",,"x")')).toBe('RTD');
    expect(outsideSource('[1]Sheet1!$B$2*2')).toBe('[1]Sheet1!');
    expect(outsideSource("'C:\\data\\[book.xlsx]Sheet1'!A1")).toBe('[book.xlsx]');
    expect(outsideSource("cmd|' /C calc'!A0")).toBe("cmd|'");
    expect(outsideSource('SUM(B2:B9)*2')).toBeNull();
    expect(outsideSource('IF(A1="WEBSERVICE(x)|y",1,2)')).toBeNull();
    expect(outsideSource('Table1[[#This Row],[金额]]*2')).toBeNull();
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII filename and, for other names, an RFC 5987 filename*', () => {
    expect(contentDisposition('audit-2026-03-01.xlsx')).toBe('attachment; filename="audit-2026-03-01.xlsx"');
    expect(contentDisposition('420106-2026-03.xlsx', "武昌区 (草稿)'s-2026-03.xlsx")).toBe(
      'attachment; filename="420106-2026-03.xlsx"; filename*=UTF-8\'\'%E6%AD%A6%E6%98%8C%E5%8C%BA%20%28%E8%8D%89%E7%A8%BF%29%27s-2026-03.xlsx',
    );
    expect(contentDisposition('目标"1".xlsx')).toBe('attachment; filename="___1_.xlsx"; filename*=UTF-8\'\'%E7%9B%AE%E6%A0%87%221%22.xlsx');
  });
});
