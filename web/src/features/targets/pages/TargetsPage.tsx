import { useState } from 'react';
import { Link } from 'react-router';
import { Button, Card, Select, Space, Tabs, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '@hongtu/contracts';
import { isReportingUnit } from '@hongtu/domain';
import { OrganisationSelect } from '../../../components/OrganisationSelect';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { dayjs } from '../../../lib/time';
import { useOrganisations } from '../../organisations/public';
import { useIndicators, usePeriods, yearsOf } from '../../reporting/public';
import { usePeriodTargets, useResponsibilities, useTargets, useYearTargets } from '../api';
import { ResponsibilitiesTable } from '../components/ResponsibilitiesTable';
import { TargetDocumentsPanel } from '../components/TargetDocumentsPanel';
import { TargetMatrix } from '../components/TargetMatrix';
import { TargetsTable } from '../components/TargetsTable';

/** Districts and zones carry targets. */
const reportingUnit = (o: Organisation) => isReportingUnit(o.kind);

/** The city sets each district's annual targets (and schedules) and who answers for each indicator. */
export function TargetsPage() {
  const { t } = useTranslation('targets');
  const organisations = useOrganisations();
  const indicators = useIndicators();
  const periods = usePeriods();
  const thisYear = dayjs().tz('Asia/Shanghai').year();
  const years = [...new Set([thisYear + 1, thisYear, ...yearsOf(periods.data ?? [])])].sort((a, b) => b - a);
  const [year, setYear] = useState(thisYear);
  const [chosenOrg, setOrganisation] = useState<number | null>(null);
  const organisationId = chosenOrg ?? organisations.data?.find(reportingUnit)?.id ?? null;
  const targets = useTargets(year, organisationId);
  const periodTargets = usePeriodTargets(year, organisationId);
  const responsibilities = useResponsibilities(year, organisationId);
  const yearTargets = useYearTargets(year);
  const districts = (organisations.data ?? []).filter(reportingUnit);

  const loading = organisations.isPending || indicators.isPending;
  const error = organisations.error ?? indicators.error;

  return (
    <>
      <PageHeader title={t('targets.title')} subtitle={t('targets.subtitle')}
        extra={<Link to={`/targets/import?year=${year}`}><Button icon={<UploadOutlined />}>{t('import.open')}</Button></Link>} />
      <PageState loading={loading} error={error} onRetry={() => void (organisations.error ? organisations.refetch() : indicators.refetch())}>
        <Card size="small" style={{ marginBottom: 16 }}>
          <Space wrap size="large">
            <Space>
              <Typography.Text>{t('targets.year')}</Typography.Text>
              <Select aria-label={t('targets.year')} value={year} onChange={setYear} style={{ width: 110 }}
                options={years.map((y) => ({ value: y, label: t('list.yearOption', { year: y }) }))} />
            </Space>
            <Space>
              <Typography.Text>{t('targets.organisation')}</Typography.Text>
              <OrganisationSelect id="targets-organisation" aria-label={t('targets.organisation')} organisations={organisations.data ?? []} selectable={reportingUnit}
                value={organisationId} onChange={setOrganisation} style={{ width: 220 }} />
            </Space>
          </Space>
        </Card>
        {organisationId !== null ? (
          <Card size="small">
            <Tabs items={[
              {
                key: 'targets',
                label: t('targets.tab'),
                children: (
                  <PageState loading={targets.isPending || periodTargets.isPending} error={targets.error ?? periodTargets.error}
                    onRetry={() => void Promise.all([targets.refetch(), periodTargets.refetch()])}
                    empty={(indicators.data ?? []).length === 0} emptyText={t('month.noIndicators')}>
                    <TargetsTable key={`${year}-${organisationId}`} year={year} organisationId={organisationId} indicators={indicators.data ?? []} targets={targets.data ?? []}
                      periodTargets={periodTargets.data ?? []} />
                  </PageState>
                ),
              },
              {
                key: 'matrix',
                label: t('matrix.tab'),
                children: (
                  <PageState loading={yearTargets.isPending} error={yearTargets.error} onRetry={() => void yearTargets.refetch()}>
                    <TargetMatrix key={year} year={year} organisations={districts} indicators={indicators.data ?? []} targets={yearTargets.data ?? []} />
                  </PageState>
                ),
              },
              {
                key: 'documents',
                label: t('documents.tab'),
                children: <TargetDocumentsPanel key={year} year={year} districts={districts} />,
              },
              {
                key: 'responsibilities',
                label: t('responsibility.tab'),
                children: (
                  <PageState loading={responsibilities.isPending} error={responsibilities.error} onRetry={() => void responsibilities.refetch()}>
                    <ResponsibilitiesTable year={year} organisationId={organisationId} indicators={indicators.data ?? []} responsibilities={responsibilities.data ?? []} />
                  </PageState>
                ),
              },
            ]} />
          </Card>
        ) : (
          <PageState empty emptyText={t('targets.chooseOrganisation')} />
        )}
      </PageState>
    </>
  );
}
