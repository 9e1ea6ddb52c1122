import { Alert, Card, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { fmtPercent } from '../../../lib/format';
import { useCan, useCurrentUser, useLanguage } from '../../auth/public';
import { useQ1Board } from '../api';
import { shanghaiYear } from '../calendar';
import { Q1Table } from '../components/Q1Table';
import { WeekEntryForm } from '../components/WeekEntryForm';
import { WeeklyChartCard } from '../components/WeeklyChartCard';

const FIRST_YEAR = 2020;

/** /q1 — 一季度开门红: Q1 targets and progress per district, the weekly line, and the district's weekly entry. */
export function Q1Page() {
  const { t } = useTranslation('q1');
  const { language } = useLanguage();
  const me = useCurrentUser();
  // Districts enter weekly figures; they start at their own district.
  const enters = useCan('figure.enter');
  const [params, setParams] = useSearchParams();
  const thisYear = shanghaiYear(new Date());
  const year = Number(params.get('year')) || thisYear;
  const orgParam = Number(params.get('org')) || undefined;
  const selectedId = orgParam ?? (enters ? me.organisationId : undefined);
  const indicatorCode = params.get('indicator') ?? undefined;
  const board = useQ1Board(year);
  const data = board.data;
  const set = (patch: Record<string, string | undefined>) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      for (const [k, v] of Object.entries(patch)) if (v === undefined) next.delete(k); else next.set(k, v);
      return next;
    }, { replace: true });
  const years = Array.from({ length: thisYear + 1 - FIRST_YEAR }, (_, i) => thisYear - i);
  const hasTargets = data?.rows.some((r) => r.cells.some((c) => c.q1Target !== null || c.ytd !== null)) ?? false;
  const canEnter = enters && data?.rows.some((r) => r.organisationId === me.organisationId);

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Space wrap size={16} style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('year')}
          value={year}
          onChange={(y: number) => set({ year: String(y) })}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          style={{ width: 120 }}
        />
      </Space>
      <PageState
        loading={board.isPending}
        error={board.error}
        onRetry={() => void board.refetch()}
        empty={data !== undefined && (data.indicators.length === 0 || data.rows.length === 0)}
        emptyText={t('empty')}
      >
        {data ? (
          <>
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              message={t('banner', { today: data.today, days: data.daysElapsed, total: data.q1Days, weeks: data.weeksElapsed, progress: fmtPercent(data.timeProgress) })}
            />
            {canEnter ? (
              <WeekEntryForm key={`${data.year}`} board={data} organisationId={me.organisationId} locale={language} onStale={() => void board.refetch()} />
            ) : null}
            <WeeklyChartCard
              board={data}
              locale={language}
              organisationId={selectedId}
              indicatorCode={indicatorCode}
              onChange={(next) => set({
                ...(next.organisationId !== undefined ? { org: String(next.organisationId) } : {}),
                ...(next.indicatorCode !== undefined ? { indicator: next.indicatorCode } : {}),
              })}
            />
            <Card>
              {hasTargets ? null : <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('empty')} />}
              <Q1Table board={data} locale={language} selectedId={selectedId} onSelect={(id) => set({ org: String(id) })} />
            </Card>
          </>
        ) : null}
      </PageState>
    </>
  );
}
