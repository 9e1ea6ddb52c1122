import { useMemo } from 'react';
import { Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Locale, Overview, OverviewRow } from '@hongtu/contracts';
import { fmtPercent, fmtUnit, fmtValue } from '../../../lib/format';
import { fmtGrowth, fmtPeriod, nameCollator } from '../format';
import { MeasureCellView, cellStyle } from './MeasureCellView';

interface OverviewTableProps {
  overview: Overview;
  locale: Locale;
  groupNames: ReadonlyMap<number, string>;
  groupId: number | undefined;
  /** Query string carried to the district page (the month's year). */
  districtLink: (organisationId: number) => string;
}

/** Sorts by rank, districts without a rank last whichever way the column is sorted. */
function byRank(index: number) {
  return (a: OverviewRow, b: OverviewRow) => (a.cells[index]?.rank ?? 10_000) - (b.cells[index]?.rank ?? 10_000);
}

/** Districts × key indicators; every indicator column sorts by its rank. */
export function OverviewTable({ overview, locale, groupNames, groupId, districtLink }: OverviewTableProps) {
  const { t } = useTranslation('dashboards');

  const columns = useMemo<TableColumnsType<OverviewRow>>(
    () => [
      {
        key: 'district',
        title: t('overview.district'),
        dataIndex: 'organisationName',
        fixed: 'left',
        width: 96,
        sorter: (a, b) => nameCollator.compare(a.organisationName, b.organisationName),
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
        width: 216,
        sorter: byRank(i),
        sortDirections: ['ascend' as const, 'descend' as const],
        onCell: (row: OverviewRow) => ({ style: cellStyle(row.cells[i]), 'data-indicator': indicator.code }),
        render: (_: unknown, row: OverviewRow) => {
          const cell = row.cells[i];
          if (!cell) return null;
          const gid = groupId ?? row.groupIds[0];
          return <MeasureCellView cell={cell} indicator={indicator} locale={locale} groupName={gid === undefined ? null : (groupNames.get(gid) ?? null)} />;
        },
      })),
    ],
    [overview.indicators, overview.periodKey, t, locale, groupNames, groupId, districtLink],
  );

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
            {t('overview.averageCell', { completion: fmtPercent(completion ?? null), yoy: fmtGrowth(yoy ?? null) })}
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
              yoy: fmtGrowth(avg?.cityOwnYoy ?? null),
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
      scroll={{ x: 96 + 216 * overview.indicators.length }}
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
