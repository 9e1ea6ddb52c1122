import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { App, Button, Card, Input, InputNumber, Select, Space, Table } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PROJECT_CATEGORIES, PROJECT_LEVELS, PROJECT_STAGES, PROJECT_YEAR_STATUSES, isReportingUnit } from '@hongtu/domain';
import type { ProjectListItem, ProjectListQuery } from '@hongtu/contracts/projects';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { OrganisationSelect } from '../../../components/OrganisationSelect';
import { useCan } from '../../auth/public';
import { useOrganisations } from '../../organisations/public';
import { downloadProjects, useProjectList } from '../api';
import { ImportDialog } from '../components/ImportDialog';
import { fmtWan } from '../model/format';
import { keyOf, shanghaiMonth } from '../model/report';

type Filters = Partial<Omit<ProjectListQuery, 'page' | 'pageSize' | 'sort' | 'order'>>;

/** /projects — the library in the user's scope: filters, sorted and paged by the server; create, export, import. */
export function ProjectsPage() {
  const { t } = useTranslation('projects');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const canEnter = useCan('project.enter');
  const organisations = useOrganisations();
  const [filters, setFilters] = useState<Filters>({});
  const [q, setQ] = useState('');
  const [paging, setPaging] = useState<Pick<ProjectListQuery, 'page' | 'pageSize' | 'sort' | 'order'>>({ page: 1, pageSize: 20, sort: 'code', order: 'asc' });
  const [importing, setImporting] = useState(false);
  const list = useProjectList({ ...filters, ...paging });
  const current = shanghaiMonth(new Date());
  const set = (change: Filters) => {
    setFilters((f) => ({ ...f, ...change }));
    setPaging((p) => ({ ...p, page: 1 }));
  };
  const options = <T extends string>(values: readonly T[], group: 'level' | 'category' | 'yearStatus' | 'stage') =>
    values.map((value) => ({ value, label: t(`${group}.${value}` as 'level.city') }));
  const units = (organisations.data ?? []).filter((o) => isReportingUnit(o.kind));

  const columns = [
    { title: t('columns.code'), dataIndex: 'code', key: 'code', sorter: true, width: 150 },
    { title: t('columns.name'), dataIndex: 'name', key: 'name', sorter: true, render: (name: string, row: ProjectListItem) => <Link to={`/projects/${row.id}`}>{name}</Link> },
    { title: t('columns.organisation'), dataIndex: 'organisationName', key: 'organisation', width: 110 },
    { title: t('columns.level'), dataIndex: 'level', key: 'level', width: 90, render: (v: ProjectListItem['level']) => t(`level.${v}`) },
    { title: t('columns.category'), dataIndex: 'category', key: 'category', render: (v: ProjectListItem['category']) => t(`category.${v}`) },
    { title: t('columns.totalInvestment'), dataIndex: 'totalInvestment', key: 'totalInvestment', sorter: true, align: 'right' as const, render: fmtWan },
    { title: t('columns.annualPlan'), dataIndex: 'annualPlan', key: 'annualPlan', sorter: true, align: 'right' as const, render: fmtWan },
    { title: t('columns.planYear'), dataIndex: 'planYear', key: 'planYear', width: 90 },
    { title: t('columns.yearStatus'), dataIndex: 'yearStatus', key: 'yearStatus', width: 90, render: (v: ProjectListItem['yearStatus']) => t(`yearStatus.${v}`) },
    { title: t('columns.stage'), dataIndex: 'stage', key: 'stage', width: 90, render: (v: ProjectListItem['stage']) => t(`stage.${v}`) },
  ];

  return (
    <>
      <PageHeader
        title={t('title')}
        extra={
          <>
            {canEnter ? <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/projects/new')}>{t('actions.create')}</Button> : null}
            <Button icon={<DownloadOutlined />} onClick={() => void downloadProjects(filters).catch((e: Error) => void message.error(e.message))}>{t('actions.export')}</Button>
            {canEnter ? <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>{t('actions.import')}</Button> : null}
          </>
        }
      />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <Input.Search aria-label={t('filters.q')} placeholder={t('filters.q')} allowClear style={{ width: 220 }} value={q}
            onChange={(e) => setQ(e.target.value)} onSearch={(value) => set({ q: value.trim() || undefined })} />
          {units.length > 1 ? (
            <OrganisationSelect organisations={organisations.data ?? []} selectable={(o) => isReportingUnit(o.kind)} allowClear placeholder={t('filters.organisation')}
              style={{ width: 180 }} value={filters.organisationId ?? null} onChange={(v) => set({ organisationId: v ?? undefined })} />
          ) : null}
          <Select aria-label={t('columns.level')} placeholder={t('columns.level')} allowClear style={{ width: 110 }} value={filters.level} onChange={(v) => set({ level: v })} options={options(PROJECT_LEVELS, 'level')} />
          <Select aria-label={t('columns.category')} placeholder={t('columns.category')} allowClear style={{ width: 180 }} value={filters.category} onChange={(v) => set({ category: v })} options={options(PROJECT_CATEGORIES, 'category')} />
          <Select aria-label={t('columns.yearStatus')} placeholder={t('columns.yearStatus')} allowClear style={{ width: 110 }} value={filters.yearStatus} onChange={(v) => set({ yearStatus: v })} options={options(PROJECT_YEAR_STATUSES, 'yearStatus')} />
          <Select aria-label={t('columns.stage')} placeholder={t('columns.stage')} allowClear style={{ width: 110 }} value={filters.stage} onChange={(v) => set({ stage: v })} options={options(PROJECT_STAGES, 'stage')} />
          <InputNumber aria-label={t('filters.planYear')} placeholder={t('filters.planYear')} min={2000} max={2100} style={{ width: 110 }} value={filters.planYear ?? null} onChange={(v) => set({ planYear: v ?? undefined })} />
          <Button onClick={() => { setQ(''); setFilters({}); setPaging((p) => ({ ...p, page: 1 })); }}>{t('actions.reset')}</Button>
        </Space>
      </Card>
      <Card size="small">
        <PageState loading={list.isPending} error={list.error} onRetry={() => void list.refetch()}>
          <Table<ProjectListItem>
            rowKey="id"
            size="middle"
            data-testid="projects-table"
            dataSource={list.data?.items ?? []}
            loading={list.isFetching}
            locale={{ emptyText: t('empty') }}
            columns={columns}
            scroll={{ x: 1100 }}
            pagination={{ current: paging.page, pageSize: paging.pageSize, total: list.data?.total ?? 0, showSizeChanger: true, pageSizeOptions: [20, 50, 100, 200] }}
            onChange={(pagination, _filters, sorter) => {
              const s = Array.isArray(sorter) ? sorter[0] : sorter;
              const key = s?.order ? (s.columnKey as ProjectListQuery['sort']) : 'code';
              setPaging({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? 20, sort: key, order: s?.order === 'descend' ? 'desc' : 'asc' });
            }}
          />
        </PageState>
      </Card>
      {importing ? <ImportDialog defaultPeriod={keyOf(current.year, current.month === 1 ? 1 : current.month - 1)} onClose={() => setImporting(false)} /> : null}
    </>
  );
}
