import { describe, expect, it } from 'vitest';
import { approvalNeeds, withApprovals, type SourceApproval } from './approvals';
import { buildReport } from './build-report';
import { CARDS, fixtureOverview, GROUPS } from './build-report.fixtures';

const doc = buildReport({
  kind: 'monthly-bulletin', periodKey: '2022-09', scope: { organisationId: 99, name: '武汉市', isCity: true },
  snapshot: fixtureOverview(), groups: GROUPS, cards: CARDS, locale: 'zh-CN', issuer: '市发展改革委', dateLine: '2022年10月15日', provisional: false,
});
const figures = doc.sources.filter((s) => s.origin === 'figure' && s.organisationId !== null);

describe('the approvals behind a report\'s figures', () => {
  it('asks for the months and units of the figure sources only, each once', () => {
    const needs = approvalNeeds(doc);
    expect(needs.map((n) => n.periodKey)).toEqual(['2022-09']);
    expect(needs[0]).toMatchObject({ year: 2022, month: 9 });
    expect(new Set(needs[0]!.organisationIds)).toEqual(new Set(figures.map((s) => s.organisationId)));
    expect(needs[0]!.organisationIds).toHaveLength(new Set(needs[0]!.organisationIds).size);
  });

  it('fills each figure source found with its submission, the figure\'s own version and the last approval, and leaves the rest', () => {
    const first = figures[0]!;
    const approval: SourceApproval = { submissionId: 7, version: 3, approvedAt: '2022-10-05T02:00:00.000Z', approvedBy: '审核员', figureVersions: new Map([[first.indicatorCode!, 2]]) };
    const filled = withApprovals(doc, new Map([['2022-09', new Map([[first.organisationId!, approval]])]]));
    const same = filled.sources.filter((s) => s.origin === 'figure' && s.organisationId === first.organisationId);
    for (const s of same) expect(s).toMatchObject({ submissionId: 7, version: s.indicatorCode === first.indicatorCode ? 2 : 3, approvedAt: approval.approvedAt, approvedBy: '审核员' });
    const others = filled.sources.filter((s) => s.organisationId !== first.organisationId || s.origin !== 'figure');
    expect(others.length).toBeGreaterThan(0);
    for (const s of others) expect(s.submissionId).toBeNull();
    expect(filled.blocks).toBe(doc.blocks);
  });
});
