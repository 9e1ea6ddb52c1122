// buildReport: a published snapshot (and, as the kind needs, the span before, the cards, the
// projects' dispatch data) → the report's document model. Pure: no database, the same input gives
// the same document.
import type { ReportBlock, ReportDocument } from '@hongtu/contracts/reports';
import { reportSpan } from '@hongtu/domain';
import type { BuildReportInput } from './types';
import { executionReportBlocks, executionReportTitle } from './execution-report';
import { monthlyBulletinBlocks, monthlyBulletinTitle } from './monthly-bulletin';
import { projectDispatchBlocks, projectDispatchTitle } from './project-dispatch';
import { rankingNoticeBlocks, rankingNoticeTitle } from './ranking-notice';
import { SnapshotReader } from './snapshot';
import { SourceBook } from './sources';

export class ReportPeriodError extends Error {
  override readonly name = 'ReportPeriodError';
  constructor(readonly periodKey: string) {
    super(`Not a report period: ${periodKey}`);
  }
}

const PROVISIONAL_NOTE = '本报告所用数据尚未全部审核通过，数据为初步数，仅供参考。';

export function buildReport(input: BuildReportInput): ReportDocument {
  const span = reportSpan(input.periodKey);
  if (!span) throw new ReportPeriodError(input.periodKey);
  const book = new SourceBook();
  const city = input.scope.isCity ? input.scope.organisationId : null;
  const reader = new SnapshotReader(input.snapshot, book, input.groups, city);
  const previous = input.previous ? new SnapshotReader(input.previous, book, input.groups, city) : null;
  const byKind: Record<typeof input.kind, () => { title: string; blocks: ReportBlock[] }> = {
    'monthly-bulletin': () => ({ title: monthlyBulletinTitle(input, span), blocks: monthlyBulletinBlocks(input, span, reader, previous) }),
    'ranking-notice': () => ({ title: rankingNoticeTitle(input, span), blocks: rankingNoticeBlocks(input, span, reader) }),
    'execution-report': () => ({ title: executionReportTitle(input, span), blocks: executionReportBlocks(input, span, reader, previous) }),
    'project-dispatch': () => ({ title: projectDispatchTitle(input, span), blocks: projectDispatchBlocks(input, span, book) }),
  };
  const { title, blocks } = byKind[input.kind]();
  const provisional = input.provisional || input.snapshot.includesUnapproved;
  const head: ReportBlock[] = [{ kind: 'heading', level: 1, text: provisional ? `${title}（初步）` : title }];
  if (provisional) head.push({ kind: 'paragraph', runs: [{ text: PROVISIONAL_NOTE, bold: true }] });
  return {
    kind: input.kind,
    title: provisional ? `${title}（初步）` : title,
    issuer: input.issuer,
    dateLine: input.dateLine,
    periodKey: input.periodKey,
    scopeOrganisationId: input.scope.organisationId,
    scopeName: input.scope.name,
    provisional,
    blocks: [...head, ...blocks],
    sources: book.list(),
  };
}
