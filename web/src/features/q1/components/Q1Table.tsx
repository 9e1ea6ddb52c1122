import { Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Locale, Q1Board, Q1Cell } from '@hongtu/contracts';
import { fmtPercent, fmtValue, NONE } from '../../../lib/format';

type Row = Q1Board['rows'][number];
const STATUS_COLOUR = { ahead: 'success', level: 'processing', behind: 'error' } as const;

interface Q1TableProps {
  board: Q1Board;
  locale: Locale;
  selectedId: number | undefined;
  onSelect: (organisationId: number) => void;
}

/** Districts × key indicators: Q1 target (share of the year), Q1 to date, completion with its tag, rank. */
export function Q1Table({ board, locale, selectedId, onSelect }: Q1TableProps) {
  const { t } = useTranslation('q1');
  const cellOf = (row: Row, code: string): Q1Cell | undefined => row.cells.find((c) => c.indicatorCode === code);

  const columns: ColumnsType<Row> = [
    { title: t('columns.district'), dataIndex: 'organisationName', key: 'district', fixed: 'left', width: 110 },
    ...board.indicators.map((indicator) => ({
      title: indicator.name,
      key: indicator.code,
      children: [
        {
          title: t('columns.q1Target'), key: `${indicator.code}-target`, width: 130, align: 'right' as const,
          render: (_: unknown, row: Row) => {
            const cell = cellOf(row, indicator.code);
            if (!cell || cell.q1Target === null) return NONE;
            return (
              <Tooltip title={cell.linear ? t('linear') : t('share', { share: fmtPercent(cell.q1Share) })}>
                <span>{fmtValue(cell.q1Target, indicator.unit, locale, indicator.decimals)}{cell.linear ? '*' : ''}</span>
              </Tooltip>
            );
          },
        },
        {
          title: t('columns.ytd'), key: `${indicator.code}-ytd`, width: 140, align: 'right' as const,
          render: (_: unknown, row: Row) => {
            const cell = cellOf(row, indicator.code);
            if (!cell || cell.ytd === null) return NONE;
            const source = cell.ytdSource === 'week' ? t('source.week', { week: cell.weeklyWeek }) : t('source.month', { month: cell.monthlyMonth });
            return (
              <>
                {fmtValue(cell.ytd, indicator.unit, locale, indicator.decimals)}
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{source}</Typography.Text>
              </>
            );
          },
        },
        {
          title: t('columns.completion'), key: `${indicator.code}-completion`, width: 120, align: 'right' as const,
          render: (_: unknown, row: Row) => {
            const cell = cellOf(row, indicator.code);
            if (!cell || cell.completion === null) return NONE;
            return (
              <>
                {fmtPercent(cell.completion)}{' '}
                {cell.status ? (
                  <Tooltip title={cell.expectedProgress === null ? undefined : t('pace', { expected: fmtPercent(cell.expectedProgress) })}>
                    <Tag color={STATUS_COLOUR[cell.status]}>{t(`status.${cell.status}`)}</Tag>
                  </Tooltip>
                ) : null}
              </>
            );
          },
        },
        {
          title: t('columns.rank'), key: `${indicator.code}-rank`, width: 64, align: 'center' as const,
          render: (_: unknown, row: Row) => cellOf(row, indicator.code)?.rank ?? NONE,
        },
      ],
    })),
  ];

  return (
    <Table<Row>
      rowKey="organisationId"
      size="small"
      bordered
      pagination={false}
      columns={columns}
      dataSource={board.rows}
      scroll={{ x: 110 + 454 * board.indicators.length }}
      rowClassName={(row) => (row.organisationId === selectedId ? 'ant-table-row-selected' : '')}
      // A row picks its district by click or, reached with Tab, by Enter or Space (the keyboard also scrolls the wide table from it).
      onRow={(row) => ({
        onClick: () => onSelect(row.organisationId),
        onKeyDown: (event) => {
          if (event.key !== 'Enter' && event.key !== ' ') return;
          event.preventDefault();
          onSelect(row.organisationId);
        },
        tabIndex: 0,
        style: { cursor: 'pointer' },
      })}
    />
  );
}
