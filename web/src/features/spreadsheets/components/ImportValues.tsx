import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportValue } from '@hongtu/contracts';

/** Every value the dry run read, as it will be saved: where, what the cell holds, its unit, the value stored and what is worth knowing. */
export function ImportValues({ values }: { values: readonly ImportValue[] }) {
  const { t } = useTranslation('spreadsheets');
  const sheets = new Set(values.map((v) => v.sheet));
  const columns: TableColumnsType<ImportValue> = [
    ...(sheets.size > 1 ? [{ key: 'sheet', title: t('import.sheet'), dataIndex: 'sheet', width: 100 }] : []),
    { key: 'cell', title: t('import.cell'), dataIndex: 'cell', width: 72, render: (cell: string) => <Typography.Text code>{cell}</Typography.Text> },
    {
      key: 'indicator', title: t('import.indicator'), width: 200,
      render: (_, v) => (
        <>
          {v.indicatorName} <Tag color={v.role === 'ytd' ? 'blue' : 'purple'}>{t(v.role === 'ytd' ? 'import.roleYtd' : 'import.roleYoy')}</Tag>
        </>
      ),
    },
    {
      key: 'read', title: t('import.read'), width: 150,
      render: (_, v) => (
        <>
          <Typography.Text>{v.read}</Typography.Text>
          {v.format === 'number' ? null : <Typography.Text type="secondary" style={{ fontSize: 12 }}> ({t(v.format === 'percent' ? 'import.formatPercent' : 'import.formatText')})</Typography.Text>}
        </>
      ),
    },
    {
      key: 'unit', title: t('import.unit'), width: 140,
      render: (_, v) => (v.role === 'yoy' ? '%' : v.unit === null
        ? <Typography.Text type="secondary">{t('import.unitNone')}</Typography.Text>
        : <>{v.unit}{v.unitSource ? <Typography.Text type="secondary" style={{ fontSize: 12 }}> ({t(`import.unitSources.${v.unitSource}`)})</Typography.Text> : null}</>),
    },
    {
      key: 'stored', title: t('import.stored'), width: 150, align: 'right',
      render: (_, v) => <Typography.Text strong>{v.stored} {v.storedUnit === '%' ? '%' : v.storedUnit}</Typography.Text>,
    },
    {
      key: 'flags', title: t('import.flags'),
      render: (_, v) => v.flags.map((f) => <div key={f.code} style={{ fontSize: 12 }}>{f.message}</div>),
    },
  ];
  return (
    <Table<ImportValue>
      size="small"
      bordered
      pagination={false}
      rowKey={(v) => `${v.sheet}!${v.cell}`}
      dataSource={values as ImportValue[]}
      columns={columns}
      scroll={{ y: 320, x: 900 }}
      data-testid="import-values"
    />
  );
}
