import { useMemo, useState } from 'react';
import { Card, Col, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CardColour, Locale } from '@hongtu/contracts';
import type { DistrictProgress } from '@hongtu/contracts/project-dispatch';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { EChart } from '../../../components/charts/EChart';
import { fmtPercent, fmtValue } from '../../../lib/format';
import { useCan } from '../../auth/public';
import { useProjectDashboard, useProjectMap } from '../api';
import { MAP_NAME, countsOption, monthlySums, planVsActualOption, projectMapOption } from '../charts/dispatchCharts';
import { BoundaryUpload } from '../components/BoundaryUpload';
import { PeriodPicker, usePeriod } from '../components/PeriodPicker';
import { WarningTable } from '../components/WarningTable';

function ProjectMap({ period }: { period: string }) {
  const { t } = useTranslation('project-dispatch');
  const map = useProjectMap(period);
  const canUpload = useCan('project.review');
  const boundary = map.data?.boundary ?? null;
  const maps = useMemo(() => (boundary ? { [MAP_NAME]: boundary.geojson } : undefined), [boundary]);
  const option = useMemo(() => projectMapOption(map.data?.points ?? [], boundary !== null, {
    colour: (c: CardColour | null) => t(`colours.${c ?? 'none'}`), outside: t('dashboard.outside'),
  }), [map.data, boundary, t]);
  return (
    <Card title={t('dashboard.map')} size="small" extra={canUpload ? <BoundaryUpload /> : null} data-testid="project-map">
      <PageState loading={map.isPending} error={map.error} onRetry={() => void map.refetch()}>
        <Typography.Text type="secondary" data-testid="map-source">
          {boundary ? t('dashboard.mapSource', { name: boundary.name, source: boundary.source }) : t('dashboard.noBoundary')}
        </Typography.Text>
        <EChart option={option} maps={maps} height={480} ariaLabel={t('dashboard.map')} />
      </PageState>
    </Card>
  );
}

/** /project-dashboard — the major projects at a glance: stages and statuses, plan vs actual, completion against time progress, the leader's own projects, the map. */
export function ProjectDashboardPage() {
  const { t, i18n } = useTranslation('project-dispatch');
  const locale = i18n.language as Locale;
  const [period, setPeriod] = usePeriod();
  const [district, setDistrict] = useState<number | null>(null);
  const board = useProjectDashboard(period);
  const data = board.data;
  const monthName = (m: number) => (locale === 'en' ? `M${m}` : `${m}月`);
  const stageOption = useMemo(() => countsOption(data?.byStage ?? [], (k) => t(`stages.${k}`, { defaultValue: k })), [data, t]);
  const statusOption = useMemo(() => countsOption(data?.byYearStatus ?? [], (k) => t(`yearStatuses.${k}`, { defaultValue: k })), [data, t]);
  const planOption = useMemo(() => planVsActualOption(monthlySums(data?.districts ?? [], district), {
    planned: t('dashboard.planned'), actual: t('dashboard.actual'), month: monthName,
  }), [data, district, t, locale]); // eslint-disable-line react-hooks/exhaustive-deps
  const ranked = useMemo(() => [...(data?.districts ?? [])].sort((a, b) => (a.rank ?? 999) - (b.rank ?? 999)), [data]);

  return (
    <>
      <PageHeader title={t('dashboard.title')} subtitle={t('dashboard.subtitle')} extra={<PeriodPicker value={period} onChange={setPeriod} />} />
      <PageState loading={board.isPending} error={board.error} onRetry={() => void board.refetch()}>
        {data ? (
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Statistic title={t('columns.timeProgress')} value={fmtPercent(data.timeProgress)} data-testid="time-progress" />
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={12}><Card size="small" title={t('dashboard.byStage')}><EChart option={stageOption} height={260} ariaLabel={t('dashboard.byStage')} /></Card></Col>
              <Col xs={24} lg={12}><Card size="small" title={t('dashboard.byYearStatus')}><EChart option={statusOption} height={260} ariaLabel={t('dashboard.byYearStatus')} /></Card></Col>
            </Row>
            <Card size="small" title={t('dashboard.planVsActual')} extra={
              <Select<number | null> aria-label={t('columns.district')} style={{ minWidth: 140 }} value={district} onChange={setDistrict}
                options={[{ value: null, label: t('dashboard.allDistricts') }, ...data.districts.map((d) => ({ value: d.organisationId, label: d.organisationName }))]} />
            }>
              <EChart option={planOption} height={300} ariaLabel={t('dashboard.planVsActual')} />
            </Card>
            <Card size="small" title={t('dashboard.ranking')}>
              <Table<DistrictProgress>
                data-testid="district-ranking" rowKey="organisationId" size="small" pagination={false} scroll={{ x: 800 }} dataSource={ranked}
                columns={[
                  { title: t('columns.rank'), key: 'rank', width: 64, render: (_, d) => d.rank ?? '—' },
                  { title: t('columns.district'), dataIndex: 'organisationName' },
                  { title: t('columns.annualPlan'), key: 'plan', align: 'right', render: (_, d) => fmtValue(d.annualPlan, 'wan_yuan', locale, 2) },
                  { title: t('columns.ytd'), key: 'ytd', align: 'right', render: (_, d) => fmtValue(d.ytdInvestment, 'wan_yuan', locale, 2) },
                  { title: t('columns.completion'), key: 'completion', align: 'right', render: (_, d) => fmtPercent(d.completion) },
                  { title: t('columns.gap'), key: 'gap', align: 'right', render: (_, d) => (d.gap === null ? '—' : fmtValue(d.gap, 'pp', locale, 2)) },
                  { title: t('columns.startRate'), key: 'startRate', align: 'right', render: (_, d) => fmtPercent(d.startRate) },
                  { title: t('columns.started'), key: 'started', align: 'right', render: (_, d) => `${d.started} / ${d.plannedStarts}` },
                ]}
              />
            </Card>
            <Card size="small" title={t('dashboard.own')}>
              {data.own.length > 0 ? <WarningTable items={data.own} testId="own-projects" /> : <Typography.Text type="secondary">{t('dashboard.ownEmpty')}</Typography.Text>}
            </Card>
            <ProjectMap period={period} />
          </Space>
        ) : null}
      </PageState>
    </>
  );
}
