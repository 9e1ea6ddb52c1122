import { useState } from 'react';
import { Button, Input, Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { POLICY_FLAGS, SIZE_CLASSES, type PolicyFlag, type SizeClass } from '@hongtu/domain';
import type { EnterpriseItem } from '@hongtu/contracts/enterprises';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { useCan } from '../../auth/public';
import { downloadEnterprises, useEnterpriseList } from '../api';
import { EnterpriseFlags } from '../components/EnterpriseFlags';
import { EnterpriseForm } from '../components/EnterpriseForm';
import { EnterpriseImportDialog } from '../components/EnterpriseImportDialog';

/** /enterprises — the registry in the user's scope: search, flags and size filters, paged; add, edit, export. */
export function EnterprisesPage() {
  const { t } = useTranslation('enterprises');
  const canManage = useCan('enterprise.manage');
  const [q, setQ] = useState('');
  const [flags, setFlags] = useState<PolicyFlag[]>([]);
  const [sizeClass, setSizeClass] = useState<SizeClass | undefined>();
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<{ id: number | undefined } | null>(null);
  const [importing, setImporting] = useState(false);
  const query = { q: q || undefined, flags: flags.length ? flags.join(',') : undefined, sizeClass, page, pageSize: 20 };
  const list = useEnterpriseList(query);
  if (!list.data) return <PageState loading={list.isLoading} error={list.error} />;
  return (
    <>
      <PageHeader
        title={t('title')}
        extra={[
          canManage ? <Button key="add" type="primary" onClick={() => setEditing({ id: undefined })}>{t('add')}</Button> : null,
          canManage ? <Button key="import" onClick={() => setImporting(true)}>{t('import.open')}</Button> : null,
          <Button key="export" onClick={() => void downloadEnterprises({ ...query, page: undefined, pageSize: undefined })}>{t('export')}</Button>,
        ]}
      />
      <Space wrap style={{ marginBottom: 12, width: '100%' }}>
        <Input.Search allowClear placeholder={t('search')} aria-label={t('search')} style={{ width: 'min(360px, 90vw)' }} onSearch={(v) => { setQ(v.trim()); setPage(1); }} />
        <Select
          mode="multiple" allowClear placeholder={t('flagsFilter')} aria-label={t('flagsFilter')} style={{ minWidth: 220 }} value={flags}
          onChange={(v: PolicyFlag[]) => { setFlags(v); setPage(1); }} options={POLICY_FLAGS.map((f) => ({ value: f, label: t(`flag.${f}`) }))}
        />
        <Select
          allowClear placeholder={t('sizeFilter')} aria-label={t('sizeFilter')} style={{ minWidth: 120 }} value={sizeClass}
          onChange={(v: SizeClass | undefined) => { setSizeClass(v); setPage(1); }} options={SIZE_CLASSES.map((s) => ({ value: s, label: t(`sizeClass.${s}`) }))}
        />
      </Space>
      <Table<EnterpriseItem>
        rowKey="id"
        size="small"
        scroll={{ x: 'max-content' }}
        dataSource={list.data.items}
        loading={list.isFetching}
        locale={{ emptyText: t('empty') }}
        pagination={{ current: page, pageSize: 20, total: list.data.total, onChange: setPage, showTotal: (count) => (list.data.totalCapped ? t('totalCapped', { total: count.toLocaleString() }) : t('total', { count })), showSizeChanger: false }}
        columns={[
          {
            title: t('columns.name'), dataIndex: 'name',
            render: (name: string, r) => (
              <Space size={4} wrap>
                {canManage ? <a onClick={() => setEditing({ id: r.id })}>{name}</a> : name}
                {r.demoNote ? <Tag title={r.demoNote}>{t('illustrative')}</Tag> : null}
              </Space>
            ),
          },
          { title: t('columns.creditCode'), dataIndex: 'creditCode' },
          { title: t('columns.organisation'), dataIndex: 'organisationName' },
          { title: t('columns.industry'), dataIndex: 'industryCode' },
          { title: t('columns.size'), dataIndex: 'sizeClass', render: (s: SizeClass | null) => (s ? t(`sizeClass.${s}`) : null) },
          { title: t('columns.flags'), key: 'flags', render: (_: unknown, r) => <EnterpriseFlags item={r} /> },
        ]}
      />
      <EnterpriseForm id={editing?.id} open={editing !== null} onClose={() => setEditing(null)} />
      {importing ? <EnterpriseImportDialog onClose={() => setImporting(false)} /> : null}
    </>
  );
}
