import { Button, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Board } from '@hongtu/contracts';
import { isAwaitingReview, isReportingUnit, type ReportingUnitKind } from '@hongtu/domain';
import { formatShanghai } from '../../../lib/time';
import { LateTag, StatusTag } from './StatusTags';
import '../reporting.css';

type BoardRow = Board['rows'][number];

const KIND_LABELS = { district: 'board.kindDistrict', zone: 'board.kindZone' } as const satisfies Record<ReportingUnitKind, string>;

/** The districts of a month with their status; a row opens the district's month. */
export function BoardTable({ rows, periodKey }: { rows: readonly BoardRow[]; periodKey: string }) {
  const { t } = useTranslation('reporting');
  const navigate = useNavigate();
  const open = (r: BoardRow) => void navigate(`/reporting/${periodKey}/${r.organisationId}`);
  const time = (iso: string | null) => formatShanghai(iso, 'YYYY-MM-DD HH:mm') ?? '—';
  return (
    <Table<BoardRow>
      size="small"
      rowKey="organisationId"
      pagination={false}
      dataSource={[...rows]}
      rowClassName={() => 'reporting-clickable-row'}
      onRow={(r) => ({ onClick: () => open(r) })}
      data-testid="board-table"
      columns={[
        { title: t('board.district'), dataIndex: 'organisationName', render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
        { title: t('board.kind'), dataIndex: 'kind', width: 100, render: (v: string) => (isReportingUnit(v) ? t(KIND_LABELS[v]) : v) },
        { title: t('board.status'), key: 'status', width: 180, render: (_v, r) => <><StatusTag status={r.status} /><LateTag late={r.late} /></> },
        { title: t('board.submittedAt'), dataIndex: 'submittedAt', width: 160, render: time },
        { title: t('board.updatedAt'), dataIndex: 'updatedAt', width: 160, render: time },
        { title: t('board.returnedFigures'), dataIndex: 'returnedFigures', width: 110, align: 'right',
          render: (v: number) => (v > 0 ? <Typography.Text type="danger">{v}</Typography.Text> : '—') },
        {
          title: t('list.action'), key: 'action', width: 90,
          render: (_v, r) => (
            <Button size="small" type={isAwaitingReview(r.status) ? 'primary' : 'link'}
              onClick={(e) => { e.stopPropagation(); open(r); }}>
              {isAwaitingReview(r.status) ? t('board.review') : t('list.view')}
            </Button>
          ),
        },
      ]}
    />
  );
}
