import { useState } from 'react';
import { App, Button, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PortalOpportunity } from '@hongtu/contracts/portal';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { useMoveOpportunity, usePortalOpportunities } from '../api';
import { OpportunityDialog } from '../components/OpportunityDialog';

const STATUS_COLOURS = { draft: 'default', published: 'green', withdrawn: 'orange' } as const;

/** /portal-admin — the opportunities the city publishes on the public portal: write, publish, withdraw. */
export function PortalPage() {
  const { t } = useTranslation('portal');
  const { message, modal } = App.useApp();
  const list = usePortalOpportunities();
  const move = useMoveOpportunity();
  const [adding, setAdding] = useState(false);
  if (!list.data) return <PageState loading={list.isLoading} error={list.error} />;

  const act = (o: PortalOpportunity, to: 'publish' | 'withdraw') => {
    void modal.confirm({
      content: t(to === 'publish' ? 'confirmPublish' : 'confirmWithdraw', { title: o.title }),
      onOk: () => move.mutateAsync({ id: o.id, version: o.version, to }).then(
        () => void message.success(t(to === 'publish' ? 'published' : 'withdrawn')),
        (e: Error) => void message.error(e.message),
      ),
    });
  };

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} extra={(
        <>
          <Button href="/portal/opportunities" target="_blank" rel="noopener">{t('openPortal')}</Button>
          <Button type="primary" onClick={() => setAdding(true)}>{t('add')}</Button>
        </>
      )} />
      <Table<PortalOpportunity>
        rowKey="id"
        dataSource={list.data.items}
        locale={{ emptyText: t('empty') }}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('columns.title'), dataIndex: 'title',
            render: (title: string, o) => (o.status === 'published' ? <a href={`/portal/opportunities/${o.id}`} target="_blank" rel="noopener">{title}</a> : title),
          },
          { title: t('columns.kind'), dataIndex: 'kind', render: (k: PortalOpportunity['kind'], o) => <>{t(`kind.${k}`)}{o.illustrative ? <Tag style={{ marginLeft: 8 }}>{t('illustrative')}</Tag> : null}</> },
          { title: t('columns.district'), dataIndex: 'districtName' },
          { title: t('columns.status'), dataIndex: 'status', render: (s: PortalOpportunity['status']) => <Tag color={STATUS_COLOURS[s]}>{t(`status.${s}`)}</Tag> },
          { title: t('columns.updatedAt'), dataIndex: 'updatedAt', render: (v: string) => v.slice(0, 10) },
          {
            title: t('columns.actions'), key: 'actions',
            render: (_, o) => (
              <Space>
                {o.status !== 'published' ? <Button size="small" onClick={() => act(o, 'publish')}>{t('publish')}</Button> : null}
                {o.status === 'published' ? <Button size="small" danger onClick={() => act(o, 'withdraw')}>{t('withdraw')}</Button> : null}
              </Space>
            ),
          },
        ]}
      />
      {adding ? <OpportunityDialog onClose={() => setAdding(false)} /> : null}
    </>
  );
}
