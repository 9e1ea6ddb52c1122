import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportColumn } from '@hongtu/contracts';

/** How each column of the sheets read was understood, and whether its values are imported. */
export function ImportColumns({ columns }: { columns: readonly ImportColumn[] }) {
  const { t } = useTranslation('spreadsheets');
  return (
    <Table<ImportColumn>
      size="small"
      pagination={false}
      rowKey={(c) => `${c.sheet}!${c.column}`}
      dataSource={columns as ImportColumn[]}
      data-testid="import-columns"
      columns={[
        { key: 'sheet', title: t('import.sheet'), dataIndex: 'sheet', width: 110 },
        { key: 'column', title: t('import.column'), dataIndex: 'column', width: 60, align: 'center' },
        { key: 'header', title: t('import.header'), dataIndex: 'header' },
        { key: 'role', title: t('import.role'), width: 130, render: (_, c) => t(`import.roles.${c.role}`) },
        { key: 'read', title: '', width: 90, render: (_, c) => <Tag color={c.read ? 'green' : 'default'}>{t(c.read ? 'import.columnRead' : 'import.columnNotRead')}</Tag> },
      ]}
    />
  );
}
