import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TourList } from '@hongtu/contracts/project-tours';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { useCan } from '../../auth/public';
import { useTourList } from '../api';
import { CreateTourModal } from '../components/CreateTourModal';
import { TourStatusTag } from '../components/TourStatusTag';

type Item = TourList['items'][number];

/** /project-tours — the city's inspection tours, latest first; the city sets up a new one here. */
export function ToursPage() {
  const { t } = useTranslation('project-tours');
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const manage = useCan('tour.manage');
  const list = useTourList(page);
  if (!list.data) return <PageState loading={list.isPending} error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <>
      <PageHeader title={t('title')} extra={manage ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('actions.create')}</Button> : null} />
      <Table<Item>
        rowKey="id" size="small" data-testid="tour-list" dataSource={list.data.items} loading={list.isFetching} scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('empty') }}
        pagination={{ current: page, pageSize: 20, total: list.data.total, onChange: setPage, showSizeChanger: false }}
        onRow={(r) => ({ onClick: () => void navigate(`/project-tours/${r.id}`), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('columns.name'), dataIndex: 'name', render: (name: string, r) => <>{name}{r.mine ? <Tag color="gold" style={{ marginLeft: 8 }}>{t('columns.mine')}</Tag> : null}</> },
          { title: t('columns.tourDate'), dataIndex: 'tourDate' },
          { title: t('columns.status'), dataIndex: 'status', render: (s: Item['status']) => <TourStatusTag status={s} /> },
          { title: t('columns.stops'), dataIndex: 'stops', align: 'right' },
        ]}
      />
      {creating ? <CreateTourModal onClose={(id) => { setCreating(false); if (id) void navigate(`/project-tours/${id}`); }} /> : null}
    </>
  );
}
