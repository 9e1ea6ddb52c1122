import { describe, expect, it } from 'vitest';
import type { ReportSummary } from '@hongtu/contracts/reports';
import { generatedReportOf, isGeneratePhase, isReportScope, isUnapprovedRefusal } from './generate';

const summary: ReportSummary = {
  id: 3, kind: 'monthly-bulletin', periodKey: '2026-10', organisationId: 1, organisationName: '武汉市', title: '全市2026年1—10月经济运行简报',
  revision: 2, provisional: false, snapshotHash: 'ab12', generatedAt: '2026-11-05T02:00:00.000Z', generatedBy: '审核员',
};

describe('the generate form\'s rules', () => {
  it('offers the city and districts or zones, not streets or departments', () => {
    expect(['city', 'district', 'zone', 'street', 'department', 'province'].map((kind) => isReportScope({ kind }))).toEqual([true, true, true, false, false, false]);
  });

  it('offers a provisional report only when the refusal is for unapproved data', () => {
    expect(isUnapprovedRefusal({ code: 'REPORT_UNAPPROVED' })).toBe(true);
    expect(isUnapprovedRefusal({ code: 'REPORT_SNAPSHOT_MISSING' })).toBe(false);
    expect(isUnapprovedRefusal(null)).toBe(false);
    expect(isUnapprovedRefusal({})).toBe(false);
  });

  it('reads the archived report from the job\'s result, and nothing from another answer', () => {
    expect(generatedReportOf(summary)).toEqual(summary);
    expect(generatedReportOf({ documentId: 3 })).toBeNull();
    expect(generatedReportOf(null)).toBeNull();
  });

  it('knows the job\'s phases', () => {
    expect(isGeneratePhase('charts')).toBe(true);
    expect(isGeneratePhase('unknown')).toBe(false);
    expect(isGeneratePhase(null)).toBe(false);
  });
});
