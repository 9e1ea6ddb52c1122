import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { usePortalArticlesList } from '../api';

/** /portal-articles — the 门户文章 records the user may see (the server limits them to the user's scope). */
export function PortalArticlesPage() {
  const { t } = useTranslation('portal-articles');
  const list = usePortalArticlesList();
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
