import { useNavigate, useParams } from 'react-router';
import { Alert, Button, Card, Col, Descriptions, Row, Table, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PROJECT_MILESTONES, type ProjectMilestone, type ProjectReportStatus } from '@hongtu/domain';
import type { Project, ProjectReportList } from '@hongtu/contracts/projects';
import { PageHeader } from '../../../components/PageHeader';
import { AttachmentsCard, ProblemsLink } from '../../project-problems/public';
import { PageState } from '../../../components/PageState';
import { useProject, useProjectReports } from '../api';
import { CityApproval } from '../components/CityApproval';
import { ReportStatusTag } from '../components/ReportStatusTag';
import { fmtRate, fmtWan } from '../model/format';
import { keyOf, reportableMonths } from '../model/report';

type ReportRow = { month: number; periodKey: string; status: ProjectReportStatus; report: ProjectReportList['items'][number] | null };

/** /projects/:id — the project, where its facts come from, its plan month by month, and its monthly reports. */
export function ProjectPage() {
  const { id: idParam } = useParams();
  const id = Number(idParam);
  const project = useProject(id);
  const reports = useProjectReports(id);
  if (!project.data) return <PageState loading={project.isPending} error={project.error} onRetry={() => void project.refetch()} />;
  return <ProjectView project={project.data} reports={reports.data?.items ?? []} loadingReports={reports.isPending} />;
}

function ProjectView({ project: p, reports, loadingReports }: { project: Project; reports: ProjectReportList['items']; loadingReports: boolean }) {
  const { t } = useTranslation('projects');
  const navigate = useNavigate();
  const byMonth = new Map(reports.filter((r) => r.year === p.planYear).map((r) => [r.month, r]));
  const rows: ReportRow[] = reportableMonths(p.planYear, new Date()).map((month) => {
    const report = byMonth.get(month) ?? null;
    return { month, periodKey: keyOf(p.planYear, month), status: report?.status ?? 'not_started', report };
  }).reverse();
  const date = (d: string | null) => d ?? t('project.none');
  const open = (periodKey: string) => void navigate(`/projects/${p.id}/reports/${periodKey}`);

  return (
    <>
      <PageHeader
        title={p.name}
        subtitle={`${p.code} · ${p.organisationName}`}
        extra={
          <>
            {p.actions.edit ? <Button icon={<EditOutlined />} onClick={() => void navigate(`/projects/${p.id}/edit`)}>{t('actions.edit')}</Button> : null}
            <ProblemsLink projectId={p.id} />
            <Button onClick={() => void navigate('/projects')}>{t('actions.back')}</Button>
          </>
        }
      />
      {p.duplicates.length > 0 ? (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid="project-duplicates" title={t('project.duplicates')}
          description={<ul style={{ margin: 0, paddingLeft: 20 }}>{p.duplicates.map((d, i) => <li key={i}>{d.message}{d.code ? `（${d.code}）` : ''}</li>)}</ul>} />
      ) : null}
      <SourceNote project={p} />
      <CityApproval project={p} />

      <Card size="small" title={t('project.overview')} style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('form.level')}>{t(`level.${p.level}`)}</Descriptions.Item>
          <Descriptions.Item label={t('form.category')}>{t(`category.${p.category}`)}</Descriptions.Item>
          <Descriptions.Item label={t('form.planYear')}>{p.planYear}</Descriptions.Item>
          <Descriptions.Item label={t('form.yearStatus')}>{t(`yearStatus.${p.yearStatus}`)}</Descriptions.Item>
          <Descriptions.Item label={t('form.stage')}>{t(`stage.${p.stage}`)}</Descriptions.Item>
          <Descriptions.Item label={t('form.industry')}>{p.industry || t('project.none')}</Descriptions.Item>
          <Descriptions.Item label={t('form.totalInvestment')}>{fmtWan(p.totalInvestment)}</Descriptions.Item>
          <Descriptions.Item label={t('form.annualPlan')}>{fmtWan(p.annualPlan)}</Descriptions.Item>
          <Descriptions.Item label={t('form.ownerName')}>{p.ownerName || t('project.none')}</Descriptions.Item>
          <Descriptions.Item label={t('form.ownerCreditCode')}>{p.ownerCreditCode ?? t('project.none')}</Descriptions.Item>
          <Descriptions.Item label={t('form.contactLeader')}>{p.contactLeader || t('project.none')}</Descriptions.Item>
          <Descriptions.Item label={t('form.responsibleDepartment')}>{p.responsibleDepartment || t('project.none')}</Descriptions.Item>
          <Descriptions.Item label={t('form.taskForce')}>{p.taskForce || t('project.none')}</Descriptions.Item>
          <Descriptions.Item label={t('form.address')}>{p.address || t('project.none')}</Descriptions.Item>
          <Descriptions.Item label={`${t('form.longitude')} / ${t('form.latitude')}`}>{p.longitude !== null && p.latitude !== null ? `${p.longitude}, ${p.latitude}` : t('project.none')}</Descriptions.Item>
          <Descriptions.Item label={t('form.tags')}>{p.tags.length > 0 ? p.tags.map((tag) => <Tag key={tag}>{t(`tag.${tag}`)}</Tag>) : t('project.none')}</Descriptions.Item>
        </Descriptions>
      </Card>

      <Row gutter={12}>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('project.milestonesTitle')} style={{ marginBottom: 12 }}>
            <Table<{ milestone: ProjectMilestone }> size="small" pagination={false} rowKey="milestone"
              dataSource={PROJECT_MILESTONES.map((milestone) => ({ milestone }))}
              columns={[
                { title: t('form.milestone'), dataIndex: 'milestone', render: (m: ProjectMilestone) => t(`milestone.${m}`) },
                { title: t('form.planned'), key: 'planned', render: (_: unknown, r) => date(p.planned[r.milestone]) },
                { title: t('form.actual'), key: 'actual', render: (_: unknown, r) => date(p.actual[r.milestone]) },
              ]} />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('project.monthlyPlan')} style={{ marginBottom: 12 }}>
            <Descriptions size="small" column={{ xs: 2, md: 4 }}>
              {p.monthlyPlan.map((amount, i) => (
                <Descriptions.Item key={i} label={t('project.monthLabel', { year: p.planYear, month: i + 1 })}>{fmtWan(amount)}</Descriptions.Item>
              ))}
            </Descriptions>
          </Card>
        </Col>
      </Row>

      <AttachmentsCard
        listPath={`/api/projects/${p.id}/attachments`}
        uploadPath={`/api/projects/${p.id}/attachments`}
        canAdd={p.actions.edit}
        filter={(a) => a.parent === 'project'}
      />
      <Card size="small" title={t('project.reports')}>
        <Table<ReportRow>
          size="small" rowKey="periodKey" data-testid="project-reports" loading={loadingReports} pagination={false} dataSource={rows}
          onRow={(r) => ({ onClick: () => open(r.periodKey), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('project.month'), dataIndex: 'month', render: (month: number) => t('project.monthLabel', { year: p.planYear, month }) },
            { title: t('report.period'), dataIndex: 'status', render: (s: ProjectReportStatus) => <ReportStatusTag status={s} /> },
            { title: t('report.monthInvestment'), key: 'month', align: 'right', render: (_: unknown, r) => fmtWan(r.report?.monthInvestment ?? null) },
            { title: t('report.ytdInvestment'), key: 'ytd', align: 'right', render: (_: unknown, r) => fmtWan(r.report?.ytdInvestment ?? null) },
            { title: t('report.completion'), key: 'completion', align: 'right', render: (_: unknown, r) => fmtRate(r.report?.completion ?? null) },
            { title: t('report.timeProgress'), key: 'time', align: 'right', render: (_: unknown, r) => fmtRate(r.report?.timeProgress ?? null) },
            {
              title: '', key: 'action', render: (_: unknown, r) => (
                <Button size="small" type={r.report?.actions.edit || (!r.report && p.actions.edit) ? 'primary' : 'default'} onClick={(e) => { e.stopPropagation(); open(r.periodKey); }}>
                  {r.report?.actions.edit || (!r.report && p.actions.edit) ? t('actions.fill') : t('actions.open')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}

/** Where the project's facts come from: a seed document's sentence (the rest synthetic), synthetic demo data, or an import. */
function SourceNote({ project: source }: { project: Project }) {
  const { t } = useTranslation('projects');
  if (source.source === 'document' && source.sourceQuote) {
    return (
      <Alert type="info" showIcon style={{ marginBottom: 12 }} data-testid="project-source" title={t('project.source')}
        description={<><Typography.Paragraph style={{ marginBottom: 4 }}>“{source.sourceQuote}”</Typography.Paragraph><Typography.Text type="secondary">{t('project.documentNote', { file: source.sourceRef ?? '' })}</Typography.Text></>} />
    );
  }
  if (source.source === 'synthetic') return <Tag color="purple" style={{ marginBottom: 12 }}>{t('project.synthetic')}</Tag>;
  return null;
}
