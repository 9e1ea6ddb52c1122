import { Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Locale, Ranking } from '@hongtu/contracts';
import { fmtPercent, fmtValue } from '../../../lib/format';
import { CardTag } from '../components/CardTag';
import { SourcePopover } from '../components/SourcePopover';
import { fmtMeasure } from '../format';

type Row = Ranking['rows'][number];

/** The ranked districts: ties share a rank (the server ranks), with the comparison to the average. */
export function RankingTable({ ranking, locale, districtLink }: { ranking: Ranking; locale: Locale; districtLink: (id: number) => string }) {
  const { t } = useTranslation('dashboards');
  const { indicator, measure } = ranking;
  const columns: TableColumnsType<Row> = [
    {
      key: 'rank',
      title: t('ranking.rank'),
      dataIndex: 'rank',
      width: 72,
      align: 'center',
      render: (rank: number | null) => (rank === null ? '—' : <Typography.Text strong>{rank}</Typography.Text>),
    },
    {
      key: 'district',
      title: t('ranking.district'),
      dataIndex: 'organisationName',
      render: (name: string, row) => <Link to={districtLink(row.organisationId)}>{name}</Link>,
    },
    {
      key: 'value',
      title: t('ranking.value', { measure: t(`measures.${measure}`) }),
      align: 'right',
      render: (_, row) => <Typography.Text strong>{fmtMeasure(row.value, measure, indicator.unit, locale, indicator.decimals)}</Typography.Text>,
    },
    {
      key: 'ytd',
      title: t('figures.ytd'),
      align: 'right',
      render: (_, row) => (
        <Space size={2}>
          {fmtValue(row.ytdValue, indicator.unit, locale, indicator.decimals)}
          <SourcePopover indicatorName={`${row.organisationName} ${indicator.name}`} source={row.source} sourceRef={row.sourceRef} sourceQuote={row.sourceQuote} />
        </Space>
      ),
    },
    { key: 'target', title: t('figures.target'), align: 'right', render: (_, row) => fmtValue(row.amountTarget, indicator.unit, locale, indicator.decimals) },
    ...(measure === 'completion'
      ? []
      : [{ key: 'completion', title: t('figures.completion'), align: 'right' as const, render: (_: unknown, row: Row) => fmtPercent(row.completion) }]),
    {
      key: 'average',
      title: t('ranking.vsAverage'),
      render: (_, row) =>
        row.aboveAverage === null ? (
          '—'
        ) : (
          <Tag color={row.betterThanAverage ? 'green' : row.aboveAverage === 'equal' ? 'default' : 'volcano'} icon={row.aboveAverage === 'above' ? <ArrowUpOutlined /> : row.aboveAverage === 'below' ? <ArrowDownOutlined /> : null}>
            {t(`ranking.${row.aboveAverage}`)}
          </Tag>
        ),
    },
    { key: 'card', title: t('ranking.card'), width: 96, render: (_, row) => (row.card ? <CardTag colour={row.card} /> : null) },
  ];
  return <Table<Row> rowKey="organisationId" size="small" columns={columns} dataSource={ranking.rows} pagination={false} />;
}
