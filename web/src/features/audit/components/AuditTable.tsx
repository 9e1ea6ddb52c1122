import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { roleSchema, type AuditEntry } from '@hongtu/contracts';
import { RESULT_COLOURS, resultLabel, roleLabel } from '../../../lib/labels';
import { auditActionLabel, entityTypeLabel, useAuditLabels } from '../auditLabels';
import { formatShanghai } from '../../../lib/time';
import { AuditEntryDetail } from './AuditEntryDetail';

interface Props {
  items: readonly AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
}

/** Audit rows, newest first, times in Beijing time; a row opens to show what changed. */
export function AuditTable({ items, total, page, pageSize, loading, onPageChange }: Props) {
  const { t } = useTranslation();
  const none = t('common.none');
  const labels = useAuditLabels();
  return (
    <Table<AuditEntry>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={[...items]}
      scroll={{ x: 1100 }}
      expandable={{ expandedRowRender: (entry) => <AuditEntryDetail entry={entry} /> }}
      pagination={{ current: page, pageSize, total, showSizeChanger: true, showTotal: (n) => t('common.total', { total: n }), onChange: onPageChange }}
      columns={[
        { title: t('audit.columns.id'), dataIndex: 'id', width: 80 },
        { title: t('audit.columns.at'), dataIndex: 'at', width: 180, render: (v: string) => formatShanghai(v) },
        {
          title: t('audit.columns.actor'),
          dataIndex: 'actorName',
          width: 130,
          render: (v: string | null) => (v ? <Typography.Text code style={{ whiteSpace: 'nowrap' }}>{v}</Typography.Text> : <Typography.Text type="secondary">{t('audit.anonymous')}</Typography.Text>),
        },
        {
          title: t('audit.columns.role'),
          dataIndex: 'actorRole',
          render: (v: string | null) => {
            const role = roleSchema.safeParse(v);
            return role.success ? roleLabel(t, role.data) : (v ?? none);
          },
        },
        { title: t('audit.columns.organisation'), dataIndex: 'organisationName', render: (v: string | null) => v ?? none },
        { title: t('audit.columns.action'), dataIndex: 'action', render: (v: string) => auditActionLabel(labels, v) },
        {
          title: t('audit.columns.entity'),
          key: 'entity',
          render: (_v, e) => (
            <>
              {entityTypeLabel(labels, e.entityType, none)}
              {e.entityId ? <Typography.Text type="secondary"> {e.entityId}</Typography.Text> : null}
            </>
          ),
        },
        { title: t('audit.columns.result'), dataIndex: 'result', width: 90, render: (_v, e) => <Tag color={RESULT_COLOURS[e.result]}>{resultLabel(t, e.result)}</Tag> },
        { title: t('audit.columns.ip'), dataIndex: 'ip', width: 130, render: (v: string | null) => v ?? none },
      ]}
    />
  );
}
