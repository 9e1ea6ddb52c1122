import { Suspense, lazy, useCallback, useMemo } from 'react';
import { Alert, Flex, Segmented, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { rankingMeasureSchema } from '@hongtu/contracts';
import { defaultRankingMeasure } from '@hongtu/domain';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { Panel } from '../../../components/Panel';
import { LIGHT_PALETTE } from '../../../components/charts/palette';
import { useLanguage } from '../../auth/public';
import { useIndicators, useRanking, type RankingFilter } from '../api';
import { countCards } from '../cards';
import { hasTargetMarkers } from '../charts/rankingBarOption';
import { CardLegend } from '../components/CardTag';
import { DashboardNav } from '../components/DashboardNav';
import { ExportButton } from '../components/ExportButton';
import { GroupFilter } from '../components/GroupFilter';
import { PeriodSelect } from '../components/PeriodSelect';
import { TimeProgressBanner } from '../components/TimeProgressBanner';
import { useDashboardFilters } from '../filters';
import { fmtPeriod, fmtRanked } from '../format';
import { RankingChart } from '../ranking/RankingChart';
import { RankingTable } from '../ranking/RankingTable';

// The bulletin and territory panels (antd Card, List, Switch, Select: mostly for the city reviewer)
// load after the page, in chunks of their own: the page's first load stays within its budget.
const BulletinPanel = lazy(() => import('../ranking/BulletinPanel').then((m) => ({ default: m.BulletinPanel })));
const TerritoryPanel = lazy(() => import('../ranking/TerritoryPanel').then((m) => ({ default: m.TerritoryPanel })));

/** /dashboard/ranking — one indicator ranked by a measure: bars with time progress and targets, and the table. */
export function RankingPage() {
  const { t } = useTranslation('dashboards');
  const { language } = useLanguage();
  const f = useDashboardFilters();
  const indicators = useIndicators();
  const sorted = useMemo(() => [...(indicators.data ?? [])].sort((a, b) => a.sortOrder - b.sortOrder), [indicators.data]);
  const indicator = sorted.find((i) => i.code === f.indicator) ?? sorted.find((i) => i.key) ?? sorted[0];
  // Without a chosen measure the server decides: the first answer names the measure it ranks the
  // indicator by (rankMeasure); until then the domain's default, assuming some district has a target.
  const base = f.period && indicator ? { period: f.period, groupId: f.groupId, includeUnapproved: f.includeUnapproved, indicator: indicator.code } : null;
  const first: RankingFilter | null = base && indicator ? { ...base, measure: f.measure ?? defaultRankingMeasure(indicator.kind, true) } : null;
  const firstRanking = useRanking(first);
  const serverMeasure = f.measure === null ? firstRanking.data?.indicator.rankMeasure : undefined;
  const corrected: RankingFilter | null = base && first && serverMeasure && serverMeasure !== first.measure ? { ...base, measure: serverMeasure } : null;
  const correctedRanking = useRanking(corrected);
  const filter = corrected ?? first;
  const ranking = corrected ? correctedRanking : firstRanking;
  const measure = filter?.measure;
  const year = f.period?.slice(0, 4);
  const districtLink = useCallback((id: number) => `/dashboard/district/${id}${year ? `?year=${year}` : ''}`, [year]);
  const data = ranking.data;
  const hasValues = data?.rows.some((r) => r.value !== null) ?? false;
  // The group's or city's figure: a ratio of sums for rates (Σ YTD ÷ Σ target …), the mean for amounts.
  const averageLabel = data?.average != null
    ? t(data.averageBasis === 'ratio_of_sums' ? 'ranking.ratioOfSums' : 'ranking.average', { value: fmtRanked(data.average, data.measure, data.indicator.unit, language, data.rankPlaces) })
    : '';
  // The city's own figure (reported for the city organisation), beside the computed one.
  const cityOwnLabel = data?.cityOwnValue != null
    ? t('ranking.cityOwnValue', { value: fmtRanked(data.cityOwnValue, data.measure, data.indicator.unit, language, data.rankPlaces) })
    : null;

  return (
    <>
      <PageHeader
        title={t('ranking.title')}
        subtitle={t('ranking.subtitle')}
        extra={
          <>
            <ExportButton kind="ranking" filter={filter} />
            <DashboardNav current="ranking" period={f.period} groupId={f.groupId} />
          </>
        }
      />
      <Space wrap size={16} style={{ marginBottom: 16 }}>
        <PeriodSelect value={f.period} onChange={(period) => f.set({ period })} />
        <Select
          aria-label={t('filters.indicator')}
          value={indicator?.code}
          onChange={(code: string) => f.set({ indicator: code, measure: null })}
          options={sorted.map((i) => ({ value: i.code, label: i.names[language] }))}
          loading={indicators.isPending}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 220 }}
        />
        <Segmented
          aria-label={t('filters.measure')}
          value={measure}
          options={rankingMeasureSchema.options.map((m) => ({ value: m, label: t(`measures.${m}`) }))}
          onChange={(m) => f.set({ measure: m })}
        />
        <GroupFilter value={f.groupId} onChange={(g) => f.set({ group: g === undefined ? null : String(g) })} />
      </Space>
      <PageState
        loading={f.periodState.loading || indicators.isPending || (filter !== null && ranking.isPending)}
        error={f.periodState.error ?? indicators.error ?? ranking.error}
        onRetry={() => void ranking.refetch()}
        empty={!filter || (data !== undefined && !hasValues)}
        emptyText={t('ranking.empty')}
      >
        {data ? (
          <>
            {data.indicator.figurePeriodKey && data.indicator.figurePeriodKey !== data.periodKey ? (
              <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('ranking.figurePeriod', { indicator: data.indicator.name, period: fmtPeriod(data.indicator.figurePeriodKey, language) })} />
            ) : null}
            {data.territory?.rankZonesSeparately && f.groupId === undefined ? (
              <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('ranking.separately')} data-testid="zones-ranked-apart" />
            ) : null}
            <TimeProgressBanner
              period={data.periodKey}
              timeProgress={data.timeProgress}
              cards={countCards(data.rows.flatMap((r) => (r.card ? [{ colour: r.card }] : [])))}
              includesUnapproved={data.includesUnapproved}
            />
            <Panel
              title={t('ranking.chartTitle', { indicator: data.indicator.name, measure: t(`measures.${data.measure}`) })}
              extra={[data.average !== null ? averageLabel : null, cityOwnLabel].filter((x) => x !== null).join(' · ') || null}
              style={{ marginBottom: 16 }}
            >
              <RankingChart
                ranking={data}
                locale={language}
                ariaLabel={t('ranking.chartLabel', { indicator: data.indicator.name, measure: t(`measures.${data.measure}`) })}
              />
              <Flex justify="center" style={{ marginTop: 8 }}>
                <CardLegend
                  extra={[
                    { label: t('ranking.legendAhead'), colour: LIGHT_PALETTE.ahead },
                    { label: t('ranking.legendBehind'), colour: LIGHT_PALETTE.primary },
                    ...(hasTargetMarkers(data) ? [{ label: t('ranking.legendTarget'), colour: LIGHT_PALETTE.target, shape: 'diamond' as const }] : []),
                    ...(data.measure === 'completion' || data.measure === 'progressGap'
                      ? [{ label: t('figures.timeProgress'), colour: LIGHT_PALETTE.timeLine, shape: 'line' as const }]
                      : []),
                    ...(data.average !== null
                      ? [{ label: averageLabel, colour: LIGHT_PALETTE.average, shape: 'dashed' as const }]
                      : []),
                    ...(data.measure === 'completion' ? [{ label: t('figures.annualTarget'), colour: LIGHT_PALETTE.target, shape: 'dotted' as const }] : []),
                  ]}
                />
              </Flex>
            </Panel>
            <Suspense fallback={null}>
              <BulletinPanel period={data.periodKey} indicatorCode={data.indicatorCode} />
              <TerritoryPanel units={data.rows} />
            </Suspense>
            <Panel>
              <RankingTable ranking={data} locale={language} districtLink={districtLink} />
            </Panel>
          </>
        ) : null}
      </PageState>
    </>
  );
}
