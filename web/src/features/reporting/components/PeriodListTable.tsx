import { Button, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Board, ReportingPeriod } from '@hongtu/contracts';
import { isEditableStatus } from '@hongtu/domain';
import { formatShanghai } from '../../../lib/time';
import { useLanguage } from '../../auth/public';
import { periodTitle } from '../model/format';
import { LateTag, PeriodStatusTag, StatusTag } from './StatusTags';
import '../reporting.css';

export interface PeriodListRow {
  period: ReportingPeriod;
  row: Board['rows'][number] | null;
  loading: boolean;
  failed: boolean;
}

/** The operator's periods with the district's status in each; a row opens the month. */
export function PeriodListTable({ rows, organisationId }: { rows: readonly PeriodListRow[]; organisationId: number }) {
  const { t } = useTranslation('reporting');
  const { language } = useLanguage();
  const navigate = useNavigate();
  const open = (r: PeriodListRow) => void navigate(`/reporting/${r.period.key}/${organisationId}`);
  const time = (iso: string | null | undefined) => formatShanghai(iso, 'YYYY-MM-DD HH:mm') ?? '—';

  return (
    <Table<PeriodListRow>
      size="middle"
      rowKey={(r) => r.period.key}
      pagination={false}
      dataSource={[...rows]}
      rowClassName={() => 'reporting-clickable-row'}
      onRow={(r) => ({ onClick: () => open(r) })}
      columns={[
        { title: t('list.period'), key: 'period', render: (_v, r) => <Typography.Text strong>{periodTitle(r.period, language)}</Typography.Text> },
        { title: t('list.periodStatus'), key: 'periodStatus', width: 110, render: (_v, r) => <PeriodStatusTag status={r.period.status} /> },
        {
          title: t('list.myStatus'), key: 'status', width: 190,
          render: (_v, r) => (r.row ? <><StatusTag status={r.row.status} /><LateTag late={r.row.late} /></> : r.failed ? '—' : <Typography.Text type="secondary">…</Typography.Text>),
        },
        { title: t('list.deadline'), key: 'deadline', width: 160, render: (_v, r) => time(r.period.deadline) },
        { title: t('list.submittedAt'), key: 'submittedAt', width: 160, render: (_v, r) => time(r.row?.submittedAt) },
        { title: t('list.returnedFigures'), key: 'returned', width: 110, align: 'right',
          render: (_v, r) => (r.row && r.row.returnedFigures > 0 ? <Typography.Text type="danger">{r.row.returnedFigures}</Typography.Text> : '—') },
        {
          title: t('list.action'), key: 'action', width: 100,
          render: (_v, r) => {
            const fill = r.period.status === 'open' && isEditableStatus(r.row?.status ?? 'not_started');
            return (
              <Button size="small" type={fill ? 'primary' : 'link'} onClick={(e) => { e.stopPropagation(); open(r); }}>
                {fill ? t('list.fill') : t('list.view')}
              </Button>
            );
          },
        },
      ]}
    />
  );
}
