import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReportSummary } from '@hongtu/contracts/reports';
import { useReportList } from '../api';

/** The other revisions of the same report (kind, period and unit), newest first, the current one marked. */
export function ReportRevisions({ report }: { report: ReportSummary }) {
  const { t } = useTranslation('reports');
  const list = useReportList({ kind: report.kind, period: report.periodKey, page: 1, pageSize: 100 });
  const revisions = (list.data?.items ?? []).filter((r) => r.organisationId === report.organisationId).sort((a, b) => b.revision - a.revision);
  if (revisions.length <= 1) return null;
  return (
    <nav aria-label={t('detail.revisions')} data-testid="report-revisions">
      {t('detail.revisions')}：
      {revisions.map((r) => (r.id === report.id
        ? <Tag key={r.id} color="blue">{t('revision', { revision: r.revision })}</Tag>
        : <Link key={r.id} to={`/reports/${r.id}`} style={{ marginInlineEnd: 8 }}>{t('revision', { revision: r.revision })}</Link>))}
    </nav>
  );
}
