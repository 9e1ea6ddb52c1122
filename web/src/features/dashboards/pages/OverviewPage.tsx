import { useCallback, useMemo } from 'react';
import { Checkbox, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { useLanguage } from '../../auth/public';
import { useGroups } from '../../organisations/public';
import { hasFigures, useOverview, type MonthFilter } from '../api';
import { countOverviewCards } from '../cards';
import { DashboardNav } from '../components/DashboardNav';
import { ExportButton } from '../components/ExportButton';
import { GroupFilter } from '../components/GroupFilter';
import { PeriodSelect } from '../components/PeriodSelect';
import { TimeProgressBanner } from '../components/TimeProgressBanner';
import { useDashboardFilters } from '../filters';
import { OverviewControls } from '../overview/OverviewControls';
import { OverviewTable } from '../overview/OverviewTable';
import { isOverviewSort } from '../overview/sorting';

/** /dashboard — the city overview for a month: districts × key indicators against target and time progress. */
export function OverviewPage() {
  const { t } = useTranslation('dashboards');
  const { language } = useLanguage();
  const f = useDashboardFilters();
  const groups = useGroups();
  const filter: MonthFilter | null = f.period
    ? { period: f.period, groupId: f.groupId, includeUnapproved: f.includeUnapproved, indicators: f.columns ?? undefined }
    : null;
  const sortBy = isOverviewSort(f.sort) ? f.sort : 'rank';
  const overview = useOverview(filter);
  const groupNames = useMemo(() => new Map((groups.data ?? []).map((g) => [g.id, g.name])), [groups.data]);
  const year = f.period?.slice(0, 4);
  const districtLink = useCallback((id: number, indicator?: string) => {
    const query = new URLSearchParams();
    if (year) query.set('year', year);
    if (indicator) query.set('indicator', indicator);
    const text = query.toString();
    return `/dashboard/district/${id}${text ? `?${text}` : ''}`;
  }, [year]);

  return (
    <>
      <PageHeader
        title={t('overview.title')}
        subtitle={t('overview.subtitle')}
        extra={
          <>
            <ExportButton kind="overview" filter={filter} />
            <DashboardNav current="overview" period={f.period} groupId={f.groupId} />
          </>
        }
      />
      <Space wrap size={16} style={{ marginBottom: 16 }}>
        <PeriodSelect value={f.period} onChange={(period) => f.set({ period })} />
        {/* A district operator sees one row (the server scopes it): nothing to filter by group. */}
        {overview.data && overview.data.rows.length <= 1 && f.groupId === undefined ? null : (
          <GroupFilter value={f.groupId} onChange={(g) => f.set({ group: g === undefined ? null : String(g) })} />
        )}
        {f.canIncludeUnapproved ? (
          // A checkbox (the table's filters load it anyway) rather than a switch: the page's first load stays within its budget.
          <Checkbox checked={f.includeUnapproved} onChange={(e) => f.set({ unapproved: e.target.checked ? '1' : null })}>
            {t('filters.includeUnapproved')}
          </Checkbox>
        ) : null}
        <OverviewControls
          locale={language}
          shown={overview.data?.indicatorCodes ?? (f.columns ? f.columns.split(',') : [])}
          onColumns={(codes) => f.set({ cols: codes === null ? null : codes.join(',') })}
          sortBy={sortBy}
          onSort={(sort) => f.set({ sort: sort === 'rank' ? null : sort })}
        />
      </Space>
      <PageState
        loading={f.periodState.loading || (filter !== null && overview.isPending)}
        error={f.periodState.error ?? overview.error}
        onRetry={() => (overview.error ? void overview.refetch() : f.periodState.retry())}
        empty={!filter || (overview.data !== undefined && !hasFigures(overview.data))}
        emptyText={t('overview.empty')}
      >
        {overview.data ? (
          <>
            <TimeProgressBanner
              period={overview.data.periodKey}
              timeProgress={overview.data.timeProgress}
              cards={countOverviewCards(overview.data)}
              includesUnapproved={overview.data.includesUnapproved}
            />
            <OverviewTable overview={overview.data} locale={language} groupNames={groupNames} groupId={f.groupId} districtLink={districtLink} sortBy={sortBy} />
          </>
        ) : null}
      </PageState>
    </>
  );
}
