import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useReport } from '../api';

/** What a finished generation stored: the report's title and revision, with the way to it. */
export function ReportHeadline({ id }: { id: number }) {
  const { t } = useTranslation('reports');
  const report = useReport(id);
  const r = report.data;
  if (report.error) return <Alert type="error" showIcon title={report.error.message} />;
  return (
    <Alert
      type="success"
      showIcon
      data-testid="report-generate-done"
      title={r ? t('generate.done', { title: r.title, revision: r.revision }) : '…'}
      action={<Link to={`/reports/${id}`} data-testid="report-generate-open">{t('generate.open')}</Link>}
    />
  );
}
