import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { usePortalOpportunities } from '../api';

/** /portal-admin — the opportunities the city publishes on the public portal. */
export function PortalPage() {
  const { t } = useTranslation('portal');
  const list = usePortalOpportunities();
  if (!list.data) return <PageState loading={list.isLoading} error={list.error} />;
  return (
    <>
      <PageHeader title={t('title')} />
      <Table
        rowKey="id"
        dataSource={list.data.items}
        locale={{ emptyText: t('empty') }}
        columns={[
          { title: t('columns.organisation'), dataIndex: 'districtName' },
          { title: t('columns.title'), dataIndex: 'title' },
          { title: t('columns.createdAt'), dataIndex: 'updatedAt' },
        ]}
      />
    </>
  );
}
