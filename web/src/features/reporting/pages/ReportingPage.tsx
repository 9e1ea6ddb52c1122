import { useState } from 'react';
import { Card, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { useCurrentUser } from '../../auth/public';
import { useBoards, usePeriods } from '../api/periods';
import { PeriodListTable, type PeriodListRow } from '../components/PeriodListTable';
import { defaultPeriod, sortPeriods, yearsOf } from '../model/status';

/** The operator's months: open ones first, each with the district's status, deadline and late flag. */
export function ReportingPage() {
  const { t } = useTranslation('reporting');
  const me = useCurrentUser();
  const periods = usePeriods();
  const years = yearsOf(periods.data ?? []);
  const [chosenYear, setYear] = useState<number | null>(null);
  const year = chosenYear ?? defaultPeriod(periods.data ?? [])?.year ?? years[0] ?? null;
  const shown = sortPeriods((periods.data ?? []).filter((p) => p.year === year));
  const boards = useBoards(shown);

  const rows: PeriodListRow[] = shown.map((period, i) => {
    const board = boards[i];
    return {
      period,
      row: board?.data?.rows.find((r) => r.organisationId === me.organisationId) ?? null,
      loading: board?.isPending ?? true,
      failed: board?.isError ?? false,
    };
  });

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle', { organisation: me.organisationName })}
        extra={
          <Space>
            <Typography.Text type="secondary">{t('list.year')}</Typography.Text>
            <Select aria-label={t('list.year')} style={{ width: 110 }} value={year ?? undefined} onChange={setYear}
              options={years.map((y) => ({ value: y, label: t('list.yearOption', { year: y }) }))} />
          </Space>
        }
      />
      <Card size="small">
        <PageState loading={periods.isPending} error={periods.error} onRetry={() => void periods.refetch()} empty={shown.length === 0} emptyText={t('list.empty')}>
          <PeriodListTable rows={rows} organisationId={me.organisationId} />
        </PageState>
      </Card>
    </>
  );
}
