import { useState } from 'react';
import { InputNumber, Segmented, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@hongtu/contracts';
import type { IndicatorLinkRow, ProjectEvent } from '@hongtu/contracts/project-dispatch';
import { DEFAULT_STALLED_MONTHS, MAX_STALLED_MONTHS, PROJECT_WARNING_KINDS, type ProjectWarningKind } from '@hongtu/domain';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { fmtPercent, fmtValue } from '../../../lib/format';
import { useIndicatorLink, useProjectEvents, useProjectWarnings } from '../api';
import { PeriodPicker, usePeriod } from '../components/PeriodPicker';
import { WarningTable } from '../components/WarningTable';

const FLAG_COLOUR: Record<IndicatorLinkRow['flag'], string> = { consistent: 'green', projects_exceed_reported: 'red', no_reported_figure: 'default', no_projects: 'default' };

function Warnings({ period }: { period: string }) {
  const { t } = useTranslation('project-dispatch');
  const [kind, setKind] = useState<ProjectWarningKind | 'all'>('all');
  const [stalledMonths, setStalledMonths] = useState(DEFAULT_STALLED_MONTHS);
  const list = useProjectWarnings({ period, stalledMonths, ...(kind === 'all' ? {} : { kind }) });
  return (
    <>
      <Space wrap size={16} style={{ marginBottom: 12 }}>
        <Segmented<ProjectWarningKind | 'all'>
          aria-label={t('columns.kind')}
          value={kind}
          onChange={setKind}
          options={[
            { value: 'all', label: t('dispatch.all') },
            ...PROJECT_WARNING_KINDS.map((k) => ({ value: k, label: `${t(`kinds.${k}`)} ${list.data?.counts[k] ?? ''}` })),
          ]}
        />
        <Space size={8}>
          <Typography.Text>{t('dispatch.stalledMonths')}</Typography.Text>
          <InputNumber aria-label={t('dispatch.stalledMonths')} min={1} max={MAX_STALLED_MONTHS} value={stalledMonths}
            onChange={(v) => { if (typeof v === 'number') setStalledMonths(v); }} />
        </Space>
        {list.data ? <Typography.Text type="secondary">{t('dispatch.count', { count: list.data.items.length })}</Typography.Text> : null}
      </Space>
      <PageState loading={list.isPending} error={list.error} onRetry={() => void list.refetch()}>
        <WarningTable items={list.data?.items ?? []} testId="project-warnings" />
      </PageState>
    </>
  );
}

function Link({ period }: { period: string }) {
  const { t, i18n } = useTranslation('project-dispatch');
  const locale = i18n.language as Locale;
  const link = useIndicatorLink(period);
  const wan = (v: string | null) => fmtValue(v, 'wan_yuan', locale, 2);
  return (
    <PageState loading={link.isPending} error={link.error} onRetry={() => void link.refetch()}>
      <Table<IndicatorLinkRow>
        data-testid="indicator-link"
        rowKey="organisationId"
        size="small"
        pagination={false}
        scroll={{ x: 900 }}
        dataSource={link.data?.rows ?? []}
        columns={[
          { title: t('columns.district'), dataIndex: 'organisationName' },
          { title: t('columns.projects'), dataIndex: 'projectCount', align: 'right' },
          { title: t('columns.projectsYtd'), key: 'projectsYtd', align: 'right', render: (_, r) => wan(r.projectsYtd) },
          { title: t('columns.reported'), key: 'reported', align: 'right', render: (_, r) => wan(r.reportedYtd) },
          { title: t('columns.difference'), key: 'difference', align: 'right', render: (_, r) => wan(r.difference) },
          { title: t('columns.share'), key: 'share', align: 'right', render: (_, r) => fmtPercent(r.share) },
          {
            title: t('columns.flag'), key: 'flag',
            render: (_, r) => <Space direction="vertical" size={0}><Tag color={FLAG_COLOUR[r.flag]}>{t(`flags.${r.flag}`)}</Tag><Typography.Text type="secondary">{r.explanation}</Typography.Text></Space>,
          },
        ]}
      />
    </PageState>
  );
}

function Events() {
  const { t } = useTranslation('project-dispatch');
  const events = useProjectEvents();
  return (
    <PageState loading={events.isPending} error={events.error} onRetry={() => void events.refetch()}>
      <Table<ProjectEvent>
        data-testid="project-events"
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('eventsEmpty') }}
        dataSource={events.data?.items ?? []}
        columns={[
          { title: t('columns.kind'), key: 'kind', render: (_, e) => <Tag color={e.kind === 'mass_start' ? 'blue' : 'purple'}>{t(`eventKinds.${e.kind}`)}</Tag> },
          { title: t('columns.heldIn'), dataIndex: 'heldIn' },
          { title: t('columns.district'), dataIndex: 'organisationName' },
          { title: t('columns.project'), dataIndex: 'title' },
          { title: t('columns.count'), key: 'count', align: 'right', render: (_, e) => e.projectCount ?? '—' },
          { title: t('columns.total'), key: 'total', align: 'right', render: (_, e) => e.totalInvestment ?? '—' },
          { title: t('columns.source'), key: 'source', render: (_, e) => (e.source ? <Typography.Text type="secondary">「{e.source.quote}」 {e.source.file}</Typography.Text> : '—') },
        ]}
      />
    </PageState>
  );
}

/** /project-dispatch — the city's monthly dispatch of major projects: warnings, the link to fixed-asset investment, mass starts and signings. */
export function DispatchPage() {
  const { t } = useTranslation('project-dispatch');
  const [period, setPeriod] = usePeriod();
  return (
    <>
      <PageHeader title={t('dispatch.title')} subtitle={t('dispatch.subtitle')} extra={<PeriodPicker value={period} onChange={setPeriod} />} />
      <Tabs
        items={[
          { key: 'warnings', label: t('dispatch.tabs.warnings'), children: <Warnings period={period} /> },
          { key: 'link', label: t('dispatch.tabs.link'), children: <Link period={period} /> },
          { key: 'events', label: t('dispatch.tabs.events'), children: <Events /> },
        ]}
      />
    </>
  );
}
