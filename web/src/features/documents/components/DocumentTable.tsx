import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DocumentListItem } from '@hongtu/contracts/documents';

/** Documents in a table: title (to the document), issuer, date, figures read, uploading unit, version. */
export function DocumentTable({ items, loading, total, page, onPage }: { items: DocumentListItem[]; loading: boolean; total: number; page: number; onPage: (page: number) => void }) {
  const { t } = useTranslation('documents');
  return (
    <Table<DocumentListItem>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={items}
      scroll={{ x: 'max-content' }}
      pagination={{ current: page, total, pageSize: 20, showSizeChanger: false, onChange: onPage }}
      data-testid="document-table"
      columns={[
        { title: t('columns.title'), dataIndex: 'title', render: (v: string, r) => <Link to={`/documents/${r.id}`}>{v}</Link> },
        { title: t('columns.issuer'), dataIndex: 'issuer', render: (v: string | null) => v ?? '—' },
        { title: t('columns.publishedOn'), dataIndex: 'publishedOn', render: (v: string | null) => v ?? '—' },
        { title: t('columns.figures'), dataIndex: 'figureCount', align: 'right' },
        { title: t('columns.organisation'), dataIndex: 'organisationName' },
        { title: t('columns.version'), dataIndex: 'version', render: (v: number) => (v > 1 ? <Tag>v{v}</Tag> : 'v1') },
      ]}
    />
  );
}
