import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReportSummary } from '@hongtu/contracts/reports';

/** What a finished generation archived: the report's title and revision, with the way to it. */
export function ReportHeadline({ report }: { report: ReportSummary }) {
  const { t } = useTranslation('reports');
  return (
    <Alert
      type="success"
      showIcon
      data-testid="report-generate-done"
      title={t('generate.done', { title: report.title, revision: report.revision })}
      action={<Link to={`/reports/${report.id}`} data-testid="report-generate-open">{t('generate.open')}</Link>}
    />
  );
}
