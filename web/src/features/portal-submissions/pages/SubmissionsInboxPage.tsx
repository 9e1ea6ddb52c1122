import { useState } from 'react';
import { Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PORTAL_SUBMISSION_KINDS, PORTAL_SUBMISSION_STATUSES, type PortalSubmissionKind, type PortalSubmissionStatus } from '@hongtu/domain';
import type { PortalSubmissionItem } from '@hongtu/contracts/portal-submissions';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { formatShanghai } from '../../../lib/time';
import { usePortalSubmissions } from '../api';
import { SubmissionDrawer } from '../components/SubmissionDrawer';

const STATUS_COLOURS: Record<PortalSubmissionStatus, string> = {
  received: 'blue', routed: 'cyan', in_progress: 'gold', answered: 'green', closed: 'default', rejected: 'red',
};

/** /portal-submissions — the inbox: tips for the city's editors, interest and problems routed to the reader's district. */
export function SubmissionsInboxPage() {
  const { t } = useTranslation('portal-submissions');
  const [kind, setKind] = useState<PortalSubmissionKind | undefined>();
  const [status, setStatus] = useState<PortalSubmissionStatus | undefined>();
  const [open, setOpen] = useState<number | null>(null);
  const list = usePortalSubmissions({ kind, status });
  if (!list.data) return <PageState loading={list.isLoading} error={list.error} />;
  return (
    <>
      <PageHeader title={t('title')} />
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('columns.kind')} style={{ minWidth: 140 }} value={kind ?? 'all'}
          onChange={(v) => setKind(v === 'all' ? undefined : (v as PortalSubmissionKind))}
          options={[{ value: 'all', label: `${t('columns.kind')}：${t('all')}` }, ...PORTAL_SUBMISSION_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))]}
        />
        <Select
          aria-label={t('columns.status')} style={{ minWidth: 140 }} value={status ?? 'all'}
          onChange={(v) => setStatus(v === 'all' ? undefined : (v as PortalSubmissionStatus))}
          options={[{ value: 'all', label: `${t('columns.status')}：${t('all')}` }, ...PORTAL_SUBMISSION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
        />
      </Space>
      <Table<PortalSubmissionItem>
        rowKey="id"
        dataSource={list.data.items}
        locale={{ emptyText: t('empty') }}
        scroll={{ x: true }}
        onRow={(row) => ({ onClick: () => setOpen(row.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('columns.kind'), dataIndex: 'kind', render: (k: PortalSubmissionKind) => t(`kind.${k}`) },
          {
            title: t('columns.title'), dataIndex: 'title',
            render: (title: string, row) => (row.erased ? <Typography.Text type="secondary">{t('detail.erased')}</Typography.Text> : <a onClick={() => setOpen(row.id)}>{title}</a>),
          },
          { title: t('columns.status'), dataIndex: 'status', render: (s: PortalSubmissionStatus) => <Tag color={STATUS_COLOURS[s]}>{t(`status.${s}`)}</Tag> },
          { title: t('columns.organisation'), dataIndex: 'organisationName' },
          { title: t('columns.company'), dataIndex: 'companyName', render: (c: string | null) => c ?? t('detail.anonymous') },
          { title: t('columns.contact'), key: 'contact', render: (_: unknown, row) => [row.contactName, row.contactMasked].filter(Boolean).join(' ') },
          { title: t('columns.createdAt'), dataIndex: 'createdAt', render: (at: string) => formatShanghai(at, 'YYYY-MM-DD HH:mm') },
        ]}
      />
      <SubmissionDrawer id={open} onClose={() => setOpen(null)} />
    </>
  );
}
