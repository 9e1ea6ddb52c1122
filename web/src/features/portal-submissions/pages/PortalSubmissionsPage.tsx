import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { usePortalSubmissionsList } from '../api';

/** /portal-submissions — the 门户来信 records the user may see (the server limits them to the user's scope). */
export function PortalSubmissionsPage() {
  const { t } = useTranslation('portal-submissions');
  const list = usePortalSubmissionsList();
  if (!list.data) return <PageState loading={list.isLoading} error={list.error} />;
  return (
    <>
      <PageHeader title={t('title')} />
      <Table
        rowKey="id"
        dataSource={list.data.items}
        locale={{ emptyText: t('empty') }}
        columns={[
          { title: t('columns.organisation'), dataIndex: 'organisationName' },
          { title: t('columns.title'), dataIndex: 'title' },
          { title: t('columns.createdAt'), dataIndex: 'createdAt' },
        ]}
      />
    </>
  );
}
