import { Alert, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReportDiff } from '@hongtu/contracts/reports';
import { PageState } from '../../../components/PageState';
import { useReportDiff } from '../api';
import { useMeasureName } from '../model/useMeasureName';

type Change = ReportDiff['changes'][number];

/** "Changes since the previous revision": every number that differs, before and after, from GET /api/reports/:id/diff. */
export function ReportDiffPanel({ id }: { id: number }) {
  const { t } = useTranslation('reports');
  const diff = useReportDiff(id);
  const measureName = useMeasureName();
  const d = diff.data;
  return (
    <PageState loading={diff.isLoading} error={diff.error}>
      {d ? (
        <div data-testid="report-diff">
          {d.previousId === null ? <Alert type="info" showIcon title={t('diff.first')} /> : (
            <>
              <Alert
                type={d.changes.length ? 'warning' : 'success'}
                showIcon
                title={d.changes.length ? t('diff.count', { count: d.changes.length }) : t('diff.none')}
                action={<Link to={`/reports/${d.previousId}`}>{t('diff.previous')}</Link>}
                style={{ marginBottom: 12 }}
              />
              {d.changes.length ? (
                <Table<Change & { key: number }>
                  size="small"
                  pagination={d.changes.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
                  dataSource={d.changes.map((c, key) => ({ ...c, key }))}
                  columns={[
                    { title: t('diff.columns.organisation'), dataIndex: 'organisationName' },
                    { title: t('diff.columns.indicator'), dataIndex: 'indicatorName' },
                    { title: t('diff.columns.measure'), dataIndex: 'measure', render: (m: string) => measureName(m) },
                    { title: t('diff.columns.before'), dataIndex: 'before', align: 'right', render: (v: string | null) => v ?? t('diff.absent') },
                    { title: t('diff.columns.after'), dataIndex: 'after', align: 'right', render: (v: string | null) => v ?? t('diff.absent') },
                  ]}
                />
              ) : null}
            </>
          )}
        </div>
      ) : null}
    </PageState>
  );
}
