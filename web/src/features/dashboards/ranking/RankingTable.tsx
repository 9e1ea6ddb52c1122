import { Flex, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Locale, Ranking } from '@hongtu/contracts';
import { fmtPercent, fmtValue, NONE } from '../../../lib/format';
import { CardTag } from '../components/CardTag';
import { SourcePopover } from '../components/SourcePopover';
import { fmtGrowth, fmtGrowthGap, fmtMeasure, fmtRanked, tiedRanks } from '../format';
import { RankChangeTag } from './RankChangeTag';

type Row = Ranking['rows'][number];

/** A rank with 并列 when shared and its change since the previous period (进位 / 退位 / 持平 / 新进). */
function RankCell({ rank, tied, change, ranking, locale }: { rank: number | null; tied: boolean; change: Row['rankChange']; ranking: Ranking; locale: Locale }) {
  const { t } = useTranslation('dashboards');
  if (rank === null) return <>{NONE}</>;
  return (
    <Flex vertical align="center" gap={2}>
      <Space size={4}>
        <Typography.Text strong>{rank}</Typography.Text>
        {tied ? <Typography.Text type="secondary" style={{ fontSize: 12 }} data-tied>{t('ranking.tied')}</Typography.Text> : null}
      </Space>
      <RankChangeTag change={change} previousPeriodKey={ranking.previousPeriodKey} locale={locale} />
    </Flex>
  );
}

/**
 * The ranked districts as a bulletin prints them: the rank by the chosen measure on its published
 * rounding (ties share a rank, 并列), the change since the previous period, the ranks by amount and
 * by growth, growth against its target in percentage points, ceilings met or not, the month value
 * (computed), and the side of the group's or city's figure (a ratio of sums).
 */
export function RankingTable({ ranking, locale, districtLink }: { ranking: Ranking; locale: Locale; districtLink: (id: number) => string }) {
  const { t } = useTranslation('dashboards');
  const { indicator, measure } = ranking;
  // With zones ranked apart, ties are looked for inside each part (district 1 and zone 1 do not tie).
  const parts = [ranking.rows.filter((r) => r.rankPart !== 'zone'), ranking.rows.filter((r) => r.rankPart === 'zone')];
  const tiedOf = (pick: (r: Row) => number | null) => parts.map((rows) => tiedRanks(rows.map(pick)));
  const tiedSets = { rank: tiedOf((r) => r.rank), amount: tiedOf((r) => r.amountRank), growth: tiedOf((r) => r.growthRank) };
  const partIndex = (row: Row) => (row.rankPart === 'zone' ? 1 : 0);
  const tied = {
    rank: { has: (rank: number, row?: Row) => tiedSets.rank[row ? partIndex(row) : 0]!.has(rank) },
    amount: { has: (rank: number, row?: Row) => tiedSets.amount[row ? partIndex(row) : 0]!.has(rank) },
    growth: { has: (rank: number, row?: Row) => tiedSets.growth[row ? partIndex(row) : 0]!.has(rank) },
  };
  const amount = (value: string | null) => fmtValue(value, indicator.unit, locale, indicator.decimals);
  const columns: TableColumnsType<Row> = [
    {
      key: 'rank',
      title: t('ranking.rank'),
      width: 96,
      align: 'center',
      render: (_, row) => <RankCell rank={row.rank} tied={row.rank !== null && tied.rank.has(row.rank, row)} change={row.rankChange} ranking={ranking} locale={locale} />,
    },
    {
      key: 'district',
      title: t('ranking.district'),
      dataIndex: 'organisationName',
      render: (name: string, row) => (
        <>
          <Link to={districtLink(row.organisationId)}>{name}</Link>
          {row.rankPart === 'zone' ? <Tag style={{ marginLeft: 6 }}>{t('ranking.partZone')}</Tag> : null}
        </>
      ),
    },
    {
      key: 'value',
      title: t('ranking.value', { measure: t(`measures.${measure}`) }),
      align: 'right',
      render: (_, row) => (
        <Tooltip title={row.value === null ? undefined : t('ranking.published', {
          value: fmtRanked(row.rankedValue, measure, indicator.unit, locale, ranking.rankPlaces),
          exact: fmtMeasure(row.value, measure, indicator.unit, locale, indicator.decimals),
        })}>
          <Typography.Text strong data-ranked-value>{fmtRanked(row.rankedValue, measure, indicator.unit, locale, ranking.rankPlaces)}</Typography.Text>
        </Tooltip>
      ),
    },
    {
      key: 'ytd',
      title: t('figures.ytd'),
      align: 'right',
      render: (_, row) => (
        <Space size={2}>
          {amount(row.ytdValue)}
          <SourcePopover indicatorName={`${row.organisationName} ${indicator.name}`} source={row.source} sourceRef={row.sourceRef} sourceQuote={row.sourceQuote} vintage={row.vintage} />
        </Space>
      ),
    },
    ...(measure === 'ytdValue'
      ? []
      : [{
          key: 'amountRank',
          title: t('ranking.amountRank'),
          width: 96,
          align: 'center' as const,
          render: (_: unknown, row: Row) => <RankCell rank={row.amountRank} tied={row.amountRank !== null && tied.amount.has(row.amountRank, row)} change={row.amountRankChange} ranking={ranking} locale={locale} />,
        }]),
    {
      key: 'growth',
      title: t('ranking.growth'),
      align: 'right',
      render: (_, row) => (
        <Flex vertical align="end" gap={0}>
          <span>{fmtGrowth(row.growth, indicator.unit, locale)}</span>
          {row.growthGap !== null ? (
            <Tooltip title={t('figures.growthGapTitle', { target: fmtGrowth(row.growthTarget) })}>
              <Typography.Text type={row.growthMet ? 'success' : 'danger'} style={{ fontSize: 12 }} data-growth-gap>
                {t('figures.growthGap', { gap: fmtGrowthGap(row.growthGap, locale) })}
              </Typography.Text>
            </Tooltip>
          ) : null}
        </Flex>
      ),
    },
    ...(measure === 'yoy'
      ? []
      : [{
          key: 'growthRank',
          title: t('ranking.growthRank'),
          width: 96,
          align: 'center' as const,
          render: (_: unknown, row: Row) => <RankCell rank={row.growthRank} tied={row.growthRank !== null && tied.growth.has(row.growthRank, row)} change={row.growthRankChange} ranking={ranking} locale={locale} />,
        }]),
    {
      key: 'target',
      title: t('ranking.target'),
      align: 'right',
      render: (_, row) => {
        if (row.amountTarget === null) return NONE;
        if (row.amountMet === null) return amount(row.amountTarget);
        const statement = t(row.amountComparator === 'le' ? 'figures.ceiling' : 'figures.floor', { value: amount(row.amountTarget) });
        return (
          <Flex vertical align="end" gap={0}>
            <span>{statement}</span>
            <Tag color={row.amountMet ? 'success' : 'error'} style={{ marginInlineEnd: 0 }} data-met={row.amountMet}>{t(row.amountMet ? 'figures.met' : 'figures.notMet')}</Tag>
          </Flex>
        );
      },
    },
    ...(measure === 'completion'
      ? []
      : [{ key: 'completion', title: t('figures.completion'), align: 'right' as const, render: (_: unknown, row: Row) => fmtPercent(row.completion) }]),
    {
      key: 'monthValue',
      title: <Tooltip title={t('figures.monthValueTitle')}><span>{t('ranking.monthValue')}</span></Tooltip>,
      align: 'right',
      render: (_, row) => amount(row.monthValue),
    },
    {
      key: 'average',
      title: t('ranking.vsAverage'),
      render: (_, row) =>
        row.aboveAverage === null ? (
          NONE
        ) : (
          <Tag color={row.betterThanAverage ? 'green' : row.aboveAverage === 'equal' ? 'default' : 'volcano'} icon={row.aboveAverage === 'above' ? <ArrowUpOutlined /> : row.aboveAverage === 'below' ? <ArrowDownOutlined /> : null}>
            {t(`ranking.${row.aboveAverage}`)}
          </Tag>
        ),
    },
    { key: 'card', title: t('ranking.card'), width: 96, render: (_, row) => (row.card ? <CardTag colour={row.card} /> : null) },
  ];
  return <Table<Row> rowKey="organisationId" size="small" columns={columns} dataSource={ranking.rows} pagination={false} scroll={{ x: 1280 }} />;
}
