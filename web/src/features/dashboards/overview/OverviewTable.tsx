import { useMemo, useState } from 'react';
import { Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Locale, Overview, OverviewRow } from '@hongtu/contracts';
import { fmtPercent, fmtUnit, fmtValue } from '../../../lib/format';
import { fmtGrowth, fmtPeriod, nameCollator } from '../format';
import { MeasureCellView, cellStyle } from './MeasureCellView';
import { compareCells, SORT_LABEL, sortForBasis, type ColumnSort, type OverviewSort } from './sorting';

interface OverviewTableProps {
  overview: Overview;
  locale: Locale;
  groupNames: ReadonlyMap<number, string>;
  groupId: number | undefined;
  /** Query string carried to the district page (the month's year); with an indicator, its trend. */
  districtLink: (organisationId: number, indicatorCode?: string) => string;
  /** What every indicator column sorts by (rank, amount, completion, growth, gap). */
  sortBy: OverviewSort;
}

/**
 * Districts × the chosen indicators, header and district column sticky; every indicator column
 * sorts by the chosen measure (its header says which), and each figure opens the district's trend.
 */
export function OverviewTable({ overview, locale, groupNames, groupId, districtLink, sortBy }: OverviewTableProps) {
  const { t } = useTranslation('dashboards');
  const sortTitle = t('overview.sortTitle', { measure: t(SORT_LABEL[sortBy]) });
  // The sort is controlled: choosing another basis re-sorts at once, not at the next header click
  // (antd keeps the comparator of the click otherwise).
  const firstColumn = overview.indicators[0]?.code;
  const [sorted, setSorted] = useState<ColumnSort | null>(() => sortForBasis(null, sortBy, firstColumn));
  const [basis, setBasis] = useState(sortBy);
  if (basis !== sortBy) {
    setBasis(sortBy);
    setSorted(sortForBasis(sorted?.columnKey === 'district' ? null : sorted, sortBy, firstColumn));
  }

  const columns = useMemo<TableColumnsType<OverviewRow>>(() => {
    const orderOf = (key: string) => (sorted?.columnKey === key ? sorted.order : null);
    return [
      {
        key: 'district',
        title: t('overview.district'),
        dataIndex: 'organisationName',
        fixed: 'left',
        width: 96,
        sorter: (a, b) => nameCollator.compare(a.organisationName, b.organisationName),
        sortOrder: orderOf('district'),
        render: (name: string, row) => (
          <Link to={districtLink(row.organisationId)} aria-label={t('overview.openDistrict', { name })}>
            <Typography.Text strong style={{ color: 'inherit' }}>
              {name}
            </Typography.Text>
          </Link>
        ),
      },
      ...overview.indicators.map((indicator, i) => ({
        key: indicator.code,
        title: indicator.figurePeriodKey && indicator.figurePeriodKey !== overview.periodKey ? (
          <>
            {t('overview.indicatorHeader', { name: indicator.name, unit: fmtUnit(indicator.unit, locale) })}
            <div style={{ fontSize: 12, fontWeight: 'normal' }} data-figure-period={indicator.figurePeriodKey}>{t('overview.figurePeriod', { period: fmtPeriod(indicator.figurePeriodKey, locale) })}</div>
          </>
        ) : t('overview.indicatorHeader', { name: indicator.name, unit: fmtUnit(indicator.unit, locale) }),
        width: 232,
        sorter: (a: OverviewRow, b: OverviewRow, order?: 'ascend' | 'descend' | null) => compareCells(sortBy, order)(a.cells[i], b.cells[i]),
        sortDirections: sortBy === 'rank' ? ['ascend' as const, 'descend' as const] : ['descend' as const, 'ascend' as const],
        sortOrder: orderOf(indicator.code),
        showSorterTooltip: { title: sortTitle },
        onCell: (row: OverviewRow) => ({ style: cellStyle(row.cells[i]), 'data-indicator': indicator.code }),
        render: (_: unknown, row: OverviewRow) => {
          const cell = row.cells[i];
          if (!cell) return null;
          const gid = groupId ?? row.groupIds[0];
          return (
            <MeasureCellView
              cell={cell}
              indicator={indicator}
              locale={locale}
              groupName={gid === undefined ? null : (groupNames.get(gid) ?? null)}
              trendLink={districtLink(row.organisationId, indicator.code)}
              trendLabel={t('overview.openTrend', { name: row.organisationName, indicator: indicator.name })}
            />
          );
        },
      })),
    ];
  }, [overview.indicators, overview.periodKey, t, locale, groupNames, groupId, districtLink, sortBy, sortTitle, sorted]);

  const averages = (pick: 'city' | 'group') =>
    overview.indicators.map((indicator, i) => {
      const avg = overview.averages.find((a) => a.indicatorCode === indicator.code);
      const completion = pick === 'city' ? avg?.cityCompletion : avg?.groupCompletion;
      const yoy = pick === 'city' ? avg?.cityYoy : avg?.groupYoy;
      const sum = pick === 'city' ? (avg?.citySumYtd ?? null) : null;
      return (
        <Table.Summary.Cell key={indicator.code} index={i + 1}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {sum !== null ? `${t('overview.sumCell', { ytd: fmtValue(sum, indicator.unit, locale, indicator.decimals) })} · ` : null}
            {t('overview.averageCell', { completion: fmtPercent(completion ?? null), yoy: fmtGrowth(yoy ?? null, indicator.unit, locale) })}
          </Typography.Text>
        </Table.Summary.Cell>
      );
    });

  // The city's own figure (reported for the city organisation), when the city reports one, beside the computed sum.
  const hasCityOwn = overview.averages.some((a) => a.cityOwnYtd != null || a.cityOwnYoy != null);
  const cityOwn = () =>
    overview.indicators.map((indicator, i) => {
      const avg = overview.averages.find((a) => a.indicatorCode === indicator.code);
      return (
        <Table.Summary.Cell key={indicator.code} index={i + 1}>
          <Typography.Text style={{ fontSize: 12 }} data-city-own={indicator.code}>
            {t('overview.cityOwnCell', {
              ytd: fmtValue(avg?.cityOwnYtd ?? null, indicator.unit, locale, indicator.decimals),
              completion: fmtPercent(avg?.cityOwnCompletion ?? null),
              yoy: fmtGrowth(avg?.cityOwnYoy ?? null, indicator.unit, locale),
            })}
          </Typography.Text>
        </Table.Summary.Cell>
      );
    });
  const excluded = (overview.territory?.excludedFromCitySums ?? [])
    .map((id) => overview.rows.find((r) => r.organisationId === id)?.organisationName)
    .filter((n): n is string => n !== undefined);

  return (
    <Table<OverviewRow>
      rowKey="organisationId"
      size="small"
      bordered
      columns={columns}
      dataSource={overview.rows}
      pagination={false}
      onChange={(_pagination, _filters, sorter) => {
        const one = Array.isArray(sorter) ? sorter[0] : sorter;
        setSorted(one?.columnKey !== undefined && one.order ? { columnKey: String(one.columnKey), order: one.order } : null);
      }}
      sticky
      scroll={{ x: 96 + 232 * overview.indicators.length }}
      summary={() =>
        overview.rows.length > 1 ? (
          <Table.Summary fixed="bottom">
            {hasCityOwn ? (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>
                  <Tooltip title={t('overview.cityOwnHint')}>
                    <Typography.Text strong>{t('overview.cityOwn')}</Typography.Text>
                  </Tooltip>
                </Table.Summary.Cell>
                {cityOwn()}
              </Table.Summary.Row>
            ) : null}
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <Tooltip title={excluded.length > 0 ? `${t('overview.averageHint')}；${t('overview.excluded', { names: excluded.join('、') })}` : t('overview.averageHint')}>
                  <Typography.Text strong>{t('overview.cityAverage')}</Typography.Text>
                </Tooltip>
              </Table.Summary.Cell>
              {averages('city')}
            </Table.Summary.Row>
            {groupId !== undefined ? (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>
                  <Typography.Text strong>{t('overview.groupAverage', { group: groupNames.get(groupId) ?? '' })}</Typography.Text>
                </Table.Summary.Cell>
                {averages('group')}
              </Table.Summary.Row>
            ) : null}
          </Table.Summary>
        ) : null
      }
    />
  );
}
