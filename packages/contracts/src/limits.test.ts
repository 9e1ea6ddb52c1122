import { describe, expect, it } from 'vitest';
import {
  LIMITS,
  UPLOAD_LIMITS,
  YEAR_RANGE,
  pageQuerySchema,
  putQ1WeekRequestSchema,
  putTargetRequestSchema,
  returnRequestSchema,
  saveFiguresRequestSchema,
  targetImportCheckSchema,
  targetImportQuerySchema,
  targetQuerySchema,
} from './index';

const figure = (indicatorCode: string) => ({ indicatorCode, ytdValue: '1', reportedYoy: null, note: null, version: 0 });
const target = (year: number) => ({
  year, organisationId: 1, indicatorCode: 'gdp', amountTarget: '1', amountComparator: 'ge',
  growthTarget: null, growthComparator: null, noTarget: false, schedule: null, version: 0,
});

describe('shared limits', () => {
  it('bounds years at 2000–2100 in bodies and query strings alike', () => {
    expect(YEAR_RANGE).toEqual({ min: 2000, max: 2100 });
    for (const year of [YEAR_RANGE.min, YEAR_RANGE.max]) {
      expect(putTargetRequestSchema.safeParse(target(year)).success).toBe(true);
      expect(targetQuerySchema.safeParse({ year: String(year) }).success).toBe(true);
      expect(targetImportQuerySchema.safeParse({ year: String(year) }).success).toBe(true);
    }
    for (const year of [YEAR_RANGE.min - 1, YEAR_RANGE.max + 1]) {
      expect(putTargetRequestSchema.safeParse(target(year)).success).toBe(false);
      expect(targetImportQuerySchema.safeParse({ year: String(year) }).success).toBe(false);
    }
  });

  it('pages at most LIMITS.pageSize items, LIMITS.defaultPageSize when not asked', () => {
    expect(pageQuerySchema.parse({})).toEqual({ page: 1, pageSize: LIMITS.defaultPageSize });
    expect(pageQuerySchema.safeParse({ pageSize: String(LIMITS.pageSize) }).success).toBe(true);
    expect(pageQuerySchema.safeParse({ pageSize: String(LIMITS.pageSize + 1) }).success).toBe(false);
  });

  it('saves at most LIMITS.figuresPerSave figures at once', () => {
    const many = Array.from({ length: LIMITS.figuresPerSave + 1 }, (_, i) => figure(`i${i}`));
    expect(saveFiguresRequestSchema.safeParse({ figures: many.slice(1) }).success).toBe(true);
    expect(saveFiguresRequestSchema.safeParse({ figures: many }).success).toBe(false);
  });

  it('answers at most LIMITS.problemsShown problems of an upload', () => {
    const problem = { sheet: 'Sheet1', row: 2, column: 'B', code: 'X', message: 'x' };
    const check = (n: number) => ({
      batchId: 1, fileName: 'f.xlsx', fileSha256: '0', year: 2026, rowsParsed: 0, organisations: 0, inserts: 0, updates: 0, unchanged: 0,
      alreadyImported: false, problems: Array.from({ length: n }, () => problem), problemCount: n, notices: [], blocking: n > 0,
    });
    expect(targetImportCheckSchema.safeParse(check(LIMITS.problemsShown)).success).toBe(true);
    expect(targetImportCheckSchema.safeParse(check(LIMITS.problemsShown + 1)).success).toBe(false);
  });

  it('keeps the upload limits the server enforces: 5 MiB, 100,000 data rows', () => {
    expect(UPLOAD_LIMITS).toEqual({ uploadBytes: 5 * 1024 * 1024, dataRows: 100_000 });
  });
});

describe('at most one figure per indicator', () => {
  it('refuses a second figure of the same indicator in a save, at its own path', () => {
    expect(saveFiguresRequestSchema.safeParse({ figures: [figure('gdp'), figure('fdi')] }).success).toBe(true);
    const twice = saveFiguresRequestSchema.safeParse({ figures: [figure('gdp'), figure('fdi'), figure('gdp')] });
    expect(twice.success).toBe(false);
    expect(twice.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['figures.2.indicatorCode', 'duplicate']]);
  });

  it('holds for the dry-run check (figures optional), a Q1 week and returned figures too', () => {
    const check = saveFiguresRequestSchema.partial();
    expect(check.safeParse({}).success).toBe(true);
    expect(check.safeParse({ figures: [figure('gdp'), figure('gdp')] }).success).toBe(false);
    const week = (codes: string[]) => ({ figures: codes.map((indicatorCode) => ({ indicatorCode, ytdValue: '1', note: null, version: 0 })) });
    expect(putQ1WeekRequestSchema.safeParse(week(['gdp', 'fdi'])).success).toBe(true);
    expect(putQ1WeekRequestSchema.safeParse(week(['gdp', 'gdp'])).success).toBe(false);
    const returned = (codes: string[]) => ({ version: 1, reason: '请核实', figures: codes.map((indicatorCode) => ({ indicatorCode, reason: '偏高' })) });
    expect(returnRequestSchema.safeParse(returned(['gdp', 'fdi'])).success).toBe(true);
    expect(returnRequestSchema.safeParse(returned(['gdp', 'gdp'])).success).toBe(false);
  });
});
