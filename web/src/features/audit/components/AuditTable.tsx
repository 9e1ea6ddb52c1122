import { Button, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { roleSchema, type AuditEntry } from '@hongtu/contracts';
import { RESULT_COLOURS, resultLabel, roleLabel } from '../../../lib/labels';
import { entityTypeLabel, useAuditLabels } from '../auditLabels';
import { formatShanghai } from '../../../lib/time';
import type { AuditObject } from '../auditFilter';
import { AuditEntryDetail } from './AuditEntryDetail';


interface Props {
  items: readonly AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  /** Follows one object: every row about it. */
  onFollow: (object: AuditObject) => void;
}

/**
 * Audit rows, newest first, times in Beijing time, in words: who (name and account), what happened
 * (审核通过：武昌区 2026年3月报送) and to which object; a row opens to show the codes and what changed.
 */
export function AuditTable({ items, total, page, pageSize, loading, onPageChange, onFollow }: Props) {
  const { t } = useTranslation();
  const { t: own } = useTranslation('audit');
  const none = t('common.none');
  const labels = useAuditLabels();
  return (
    <Table<AuditEntry>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={[...items]}
      scroll={{ x: 1450 }}
      expandable={{ expandedRowRender: (entry) => <AuditEntryDetail entry={entry} /> }}
      pagination={{ current: page, pageSize, total, showSizeChanger: true, showTotal: (n) => t('common.total', { total: n }), onChange: onPageChange }}
      columns={[
        { title: t('audit.columns.id'), dataIndex: 'id', width: 70 },
        { title: t('audit.columns.at'), dataIndex: 'at', width: 160, render: (v: string) => formatShanghai(v) },
        {
          title: t('audit.columns.actor'),
          dataIndex: 'actorName',
          width: 170,
          render: (v: string | null, e) =>
            v ? (
              <span style={{ whiteSpace: 'nowrap' }}>
                {e.actorDisplayName ? `${e.actorDisplayName} ` : null}
                <Typography.Text code>{v}</Typography.Text>
              </span>
            ) : (
              <Typography.Text type="secondary">{t('audit.anonymous')}</Typography.Text>
            ),
        },
        {
          title: t('audit.columns.role'),
          dataIndex: 'actorRole',
          width: 110,
          render: (v: string | null) => {
            const role = roleSchema.safeParse(v);
            return role.success ? roleLabel(t, role.data) : (v ?? none);
          },
        },
        { title: t('audit.columns.organisation'), dataIndex: 'organisationName', width: 130, render: (v: string | null) => v ?? none },
        { title: own('words.description'), dataIndex: 'description', width: 320, render: (v: string) => <Typography.Text>{v}</Typography.Text> },
        {
          title: own('words.object'),
          key: 'entity',
          width: 220,
          render: (_v, e) => {
            const type = entityTypeLabel(labels, e.entityType, none);
            if (!e.entityType || !e.entityId) return <Typography.Text type="secondary">{type}</Typography.Text>;
            const label = e.entityLabel ?? e.entityId;
            return (
              <Tooltip title={own('words.history')}>
                <Button
                  type="link"
                  size="small"
                  style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
                  onClick={() => onFollow({ entityType: e.entityType!, entityId: e.entityId!, label })}
                >
                  <Typography.Text type="secondary">{type}</Typography.Text>&nbsp;{label}
                </Button>
              </Tooltip>
            );
          },
        },
        { title: t('audit.columns.result'), dataIndex: 'result', width: 80, render: (_v, e) => <Tag color={RESULT_COLOURS[e.result]}>{resultLabel(t, e.result)}</Tag> },
        { title: t('audit.columns.ip'), dataIndex: 'ip', width: 120, render: (v: string | null) => v ?? none },
      ]}
    />
  );
}
