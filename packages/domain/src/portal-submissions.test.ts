import { describe, expect, it } from 'vitest';
import {
  PORTAL_SUBMISSION_STATUSES, canMovePortalSubmission, formatTrackingCode, isDueForErasure, isPortalContact, maskPortalContact,
  normalizeTrackingCode, portalTextRefusal, shownPortalSubmissionStatus, statusOfLeadStage, statusOfProblem,
} from './portal-submissions';

describe('portal submissions (门户来信)', () => {
  it('refuses markup and formulas, accepts plain Chinese text with symbols inside it', () => {
    expect(portalTextRefusal('<script>alert(1)</script>')).toBe('markup');
    expect(portalTextRefusal('看这里 <img src=x onerror=alert(1)>')).toBe('markup');
    expect(portalTextRefusal('&lt;b&gt;')).toBe('markup');
    expect(portalTextRefusal('＜ｂ＞全角标签')).toBe('markup');
    expect(portalTextRefusal('javascript:alert(1)')).toBe('markup');
    for (const f of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '  =1+1', '\t=1', '＝1+1']) expect(portalTextRefusal(f), f).toBe('formula');
    for (const ok of ['用地审批进度慢，希望协调', '面积 > 50 亩，预算 3-5 亿元', 'A=B 的情况', '邮件 a@b.cn']) expect(portalTextRefusal(ok), ok).toBeNull();
  });

  it('lets staff move a submission forward, never out of closed or rejected', () => {
    expect(canMovePortalSubmission('received', 'in_progress')).toBe(true);
    expect(canMovePortalSubmission('answered', 'in_progress')).toBe(true);
    expect(canMovePortalSubmission('received', 'routed')).toBe(false);
    // A lead's or a ticket's own module moves it: staff may only close or reject the submission.
    expect(canMovePortalSubmission('routed', 'in_progress', true)).toBe(false);
    expect(canMovePortalSubmission('in_progress', 'closed', true)).toBe(true);
    for (const to of PORTAL_SUBMISSION_STATUSES) {
      expect(canMovePortalSubmission('closed', to)).toBe(false);
      expect(canMovePortalSubmission('rejected', to)).toBe(false);
    }
  });

  it('shows the status of the record it became, unless staff closed or rejected it', () => {
    expect(statusOfLeadStage('lead')).toBe('routed');
    expect(statusOfLeadStage('negotiation')).toBe('in_progress');
    expect(statusOfLeadStage('producing')).toBe('closed');
    expect(statusOfProblem('submitted')).toBe('routed');
    expect(statusOfProblem('acknowledged')).toBe('in_progress');
    expect(statusOfProblem('answered')).toBe('answered');
    expect(shownPortalSubmissionStatus('routed', 'answered')).toBe('answered');
    expect(shownPortalSubmissionStatus('rejected', 'in_progress')).toBe('rejected');
    expect(shownPortalSubmissionStatus('received', null)).toBe('received');
  });

  it('accepts a phone or an e-mail as contact and masks both', () => {
    expect(isPortalContact('138 1234 5678')).toBe(true);
    expect(isPortalContact('zhang@example.cn')).toBe(true);
    expect(isPortalContact('=cmd|calc')).toBe(false);
    expect(maskPortalContact('13812345678')).toBe('138****5678');
    expect(maskPortalContact('zhang@example.cn')).toBe('z***@example.cn');
    expect(maskPortalContact('')).toBe('');
  });

  it('reads a tracking code as people type it', () => {
    expect(normalizeTrackingCode('abcd-efgh-jkmn')).toBe('ABCDEFGHJKMN');
    expect(normalizeTrackingCode('ABCD EFGH JKM0')).toBeNull();
    expect(normalizeTrackingCode('ABC')).toBeNull();
    expect(formatTrackingCode('ABCDEFGHJKMN')).toBe('ABCD-EFGH-JKMN');
  });

  it('erases a closed or rejected submission after the retention period only', () => {
    expect(isDueForErasure('closed', '2026-01-01T08:00:00Z', '2026-12-31', 365)).toBe(false);
    expect(isDueForErasure('closed', '2026-01-01T08:00:00Z', '2027-01-01', 365)).toBe(true);
    expect(isDueForErasure('in_progress', '2020-01-01', '2027-01-01', 365)).toBe(false);
  });
});
