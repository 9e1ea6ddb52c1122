import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Organisation } from '@hongtu/contracts';
import { KIND_COLOURS, kindLabel } from '../../../lib/labels';

/** The direct sub-organisations of an organisation. */
export function ChildrenTable({ items }: { items: readonly Organisation[] }) {
  const { t } = useTranslation();
  return (
    <Table<Organisation>
      rowKey="id"
      size="middle"
      dataSource={[...items]}
      pagination={false}
      locale={{ emptyText: t('organisations.noChildren') }}
      columns={[
        { title: t('organisations.fields.name'), dataIndex: 'name', render: (_v, org) => <Link to={`/organisations/${org.id}`}>{org.name}</Link> },
        { title: t('organisations.fields.code'), dataIndex: 'code' },
        { title: t('organisations.fields.kind'), dataIndex: 'kind', render: (_v, org) => <Tag color={KIND_COLOURS[org.kind]}>{kindLabel(t, org.kind)}</Tag> },
        { title: t('organisations.fields.divisionCode'), dataIndex: 'divisionCode', render: (v: string | null) => v ?? t('common.none') },
      ]}
    />
  );
}
