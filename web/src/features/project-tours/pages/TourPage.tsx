import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Alert, App, Button, Card, Descriptions, Empty, Input, List, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Tour, TourStop } from '@hongtu/contracts/project-tours';
import { isApiError } from '../../../api/client';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { useOwnProjects, useTour, useTourStep } from '../api';
import { TourStatusTag } from '../components/TourStatusTag';
import { invalidScores, moveItem, typedTotal } from '../model/tour';
import '../project-tours.css';

/** /project-tours/:id — the tour: its criteria and judges, nominations, the route, the judge's scoring form, the ranking once closed. */
export function TourPage() {
  const { id: idParam } = useParams();
  const id = Number(idParam);
  const tour = useTour(id);
  if (!tour.data) return <PageState loading={tour.isPending} error={tour.error} onRetry={() => void tour.refetch()} />;
  return <TourView tour={tour.data} />;
}

function useFail() {
  const { message } = App.useApp();
  return (error: unknown) => void message.error(isApiError(error) ? error.message : String(error));
}

function TourView({ tour }: { tour: Tour }) {
  const { t } = useTranslation('project-tours');
  const navigate = useNavigate();
  const { message } = App.useApp();
  const fail = useFail();
  const steps = useTourStep(tour.id);
  return (
    <>
      <PageHeader
        title={tour.name}
        subtitle={`${tour.tourDate} · ${tour.organiserName}`}
        extra={
          <>
            {tour.actions.close ? (
              <Popconfirm title={t('tour.confirmClose')} description={t('tour.confirmCloseText')}
                onConfirm={() => steps.close.mutateAsync().then(() => void message.success(t('messages.closed')), fail)}>
                <Button type="primary" danger loading={steps.close.isPending}>{t('actions.close')}</Button>
              </Popconfirm>
            ) : null}
            <Button onClick={() => void navigate('/project-tours')}>{t('actions.back')}</Button>
          </>
        }
      />
      {tour.source ? (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} data-testid="tour-source" title={t('tour.source', { file: tour.source.file })}
          description={<><Typography.Paragraph style={{ marginBottom: 4 }}>“{tour.source.quote}”</Typography.Paragraph>{tour.source.note ? <Typography.Text type="secondary">{tour.source.note}</Typography.Text> : null}</>} />
      ) : null}
      <Card size="small" style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('columns.status')}><TourStatusTag status={tour.status} /></Descriptions.Item>
          <Descriptions.Item label={t('tour.criteria')}>{tour.criteria.map((c) => <Tag key={c.id}>{c.name} {c.weight}</Tag>)}</Descriptions.Item>
          <Descriptions.Item label={t('tour.judges')}>{tour.judges.map((j) => j.name).join('、') || '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      {tour.actions.nominate ? <Nominate tour={tour} /> : null}
      {/* Keyed by what the server last answered: the editor and the forms start again from it. */}
      {tour.actions.manage && tour.status !== 'closed' ? <RouteEditor key={`${tour.version}-${tour.stops.length}`} tour={tour} /> : <Stops tour={tour} />}
      {tour.actions.score ? <Scoring tour={tour} /> : null}
      <Results tour={tour} />
    </>
  );
}

/** The district's nomination of one of its own projects. */
function Nominate({ tour }: { tour: Tour }) {
  const { t } = useTranslation('project-tours');
  const { message } = App.useApp();
  const fail = useFail();
  const [projectId, setProjectId] = useState<number | null>(null);
  const projects = useOwnProjects(true);
  const steps = useTourStep(tour.id);
  const taken = new Set(tour.stops.map((s) => s.projectId));
  return (
    <Card size="small" title={t('actions.nominate')} style={{ marginBottom: 12 }}>
      <Space wrap style={{ width: '100%' }}>
        <Select style={{ minWidth: 260, maxWidth: '100%' }} placeholder={t('tour.chooseProject')} value={projectId} onChange={setProjectId} showSearch optionFilterProp="label"
          loading={projects.isPending} data-testid="tour-nominate-project"
          options={(projects.data?.items ?? []).filter((p) => !taken.has(p.id)).map((p) => ({ value: p.id, label: `${p.name}（${p.code}）` }))} />
        <Button type="primary" disabled={projectId === null} loading={steps.nominate.isPending}
          onClick={() => projectId !== null && void steps.nominate.mutateAsync(projectId).then(() => { setProjectId(null); void message.success(t('messages.nominated')); }, fail)}>
          {t('actions.nominate')}
        </Button>
      </Space>
    </Card>
  );
}

const stopLabel = (s: TourStop) => `${s.projectName} · ${s.organisationName}`;

/** The route as everyone sees it, and the reader's own nominations not on it. */
function Stops({ tour }: { tour: Tour }) {
  const { t } = useTranslation('project-tours');
  return (
    <Card size="small" title={t('tour.route')} style={{ marginBottom: 12 }}>
      {tour.stops.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tour.noStops')} /> : (
        <List size="small" data-testid="tour-stops" dataSource={tour.stops} renderItem={(s) => (
          <List.Item>
            <Space wrap>
              {s.position !== null ? <Tag color="blue">{t('tour.position', { n: s.position })}</Tag> : <Tag>{t('tour.notOnRoute')}</Tag>}
              <span>{stopLabel(s)}</span>
              {s.contactLeader ? <Typography.Text type="secondary">{t('tour.contactLeader')}：{s.contactLeader}</Typography.Text> : null}
              {s.sourceQuote ? <Typography.Text type="secondary" italic>“{s.sourceQuote}”</Typography.Text> : null}
            </Space>
          </List.Item>
        )} />
      )}
    </Card>
  );
}

/** The city's route: the nominations chosen and put in visiting order. */
function RouteEditor({ tour }: { tour: Tour }) {
  const { t } = useTranslation('project-tours');
  const { message } = App.useApp();
  const fail = useFail();
  const steps = useTourStep(tour.id);
  const initial = () => tour.stops.filter((s) => s.position !== null).map((s) => s.id);
  const [route, setRoute] = useState<number[]>(initial);
  const byId = new Map(tour.stops.map((s) => [s.id, s]));
  const rest = tour.stops.filter((s) => !route.includes(s.id));
  return (
    <Card size="small" title={t('tour.route')} style={{ marginBottom: 12 }}
      extra={<Button type="primary" size="small" disabled={route.length === 0} loading={steps.route.isPending}
        onClick={() => void steps.route.mutateAsync(route).then(() => void message.success(t('messages.routeFixed')), fail)}>{t('actions.fixRoute')}</Button>}>
      <List size="small" data-testid="tour-route" dataSource={route} locale={{ emptyText: t('tour.noStops') }} renderItem={(stopId, i) => (
        <List.Item actions={[
          <Button key="up" size="small" icon={<ArrowUpOutlined />} aria-label={t('actions.up')} disabled={i === 0} onClick={() => setRoute(moveItem(route, i, -1))} />,
          <Button key="down" size="small" icon={<ArrowDownOutlined />} aria-label={t('actions.down')} disabled={i === route.length - 1} onClick={() => setRoute(moveItem(route, i, 1))} />,
          <Button key="out" size="small" type="link" onClick={() => setRoute(route.filter((x) => x !== stopId))}>{t('actions.cancel')}</Button>,
        ]}>
          <Space wrap><Tag color="blue">{t('tour.position', { n: i + 1 })}</Tag>{stopLabel(byId.get(stopId)!)}</Space>
        </List.Item>
      )} />
      {rest.length > 0 ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 12 }}>{t('tour.nominations')}</Typography.Title>
          <List size="small" dataSource={rest} renderItem={(s) => (
            <List.Item actions={[<Button key="add" size="small" onClick={() => setRoute([...route, s.id])}>{t('tour.onRoute')}</Button>]}>{stopLabel(s)}</List.Item>
          )} />
        </>
      ) : null}
    </Card>
  );
}

/** The judge's form: one card per stop, a field per criterion; stacked on a phone. */
function Scoring({ tour }: { tour: Tour }) {
  const { t } = useTranslation('project-tours');
  const route = tour.stops.filter((s) => s.position !== null);
  return (
    <Card size="small" title={t('tour.scoring')} style={{ marginBottom: 12 }} extra={<Typography.Text type="secondary">{t('tour.scoreHint')}</Typography.Text>}>
      <div className="tour-scoring">
        {route.map((s) => <StopScores key={`${s.id}-${JSON.stringify(s.myScores)}`} tour={tour} stop={s} />)}
      </div>
    </Card>
  );
}

function StopScores({ tour, stop }: { tour: Tour; stop: TourStop }) {
  const { t } = useTranslation('project-tours');
  const { message } = App.useApp();
  const fail = useFail();
  const steps = useTourStep(tour.id);
  const [values, setValues] = useState<Record<string, string>>(stop.myScores);
  const invalid = invalidScores(tour.criteria, values);
  const total = typedTotal(tour.criteria, values);
  const save = () => steps.score.mutateAsync({ stopId: stop.id, body: { scores: tour.criteria.map((c) => ({ criterionId: c.id, score: values[String(c.id)] ?? '' })) } })
    .then(() => void message.success(t('messages.scoresSaved')), fail);
  return (
    <Card size="small" type="inner" data-testid="tour-stop-scores"
      title={<Space wrap><Tag color="blue">{t('tour.position', { n: stop.position })}</Tag>{stop.projectName}</Space>}
      extra={Object.keys(stop.myScores).length > 0 ? <Tag color="green">{t('tour.scored')}</Tag> : null}>
      <Typography.Text type="secondary">{stop.organisationName}</Typography.Text>
      {tour.criteria.map((c) => (
        <label key={c.id} className="tour-score-row">
          <span>{c.name}（0–{c.weight}）</span>
          <Input inputMode="decimal" value={values[String(c.id)] ?? ''} status={values[String(c.id)] && invalid.includes(c.id) ? 'error' : undefined}
            aria-label={c.name} onChange={(e) => setValues({ ...values, [String(c.id)]: e.target.value })} />
        </label>
      ))}
      <Space wrap style={{ marginTop: 8, justifyContent: 'space-between', width: '100%' }}>
        <Typography.Text strong>{total !== null ? t('tour.myTotal', { total }) : ''}</Typography.Text>
        <Button type="primary" disabled={invalid.length > 0} loading={steps.score.isPending} onClick={() => void save()}>{t('actions.saveScores')}</Button>
      </Space>
    </Card>
  );
}

/** The districts ranked and every score, once the city has closed the tour; the rule stated. */
function Results({ tour }: { tour: Tour }) {
  const { t } = useTranslation('project-tours');
  const stops = new Map(tour.stops.map((s) => [s.id, s]));
  const criteria = new Map(tour.criteria.map((c) => [c.id, c]));
  if (tour.status !== 'closed') return <Alert type="info" showIcon title={t('tour.resultsHidden')} description={t('tour.rule')} />;
  return (
    <>
      <Card size="small" title={t('tour.results')} style={{ marginBottom: 12 }}>
        <Table size="small" rowKey="organisationId" pagination={false} data-testid="tour-results" dataSource={tour.results} scroll={{ x: 'max-content' }}
          columns={[
            { title: t('tour.rank'), dataIndex: 'rank', render: (r: number | null) => r ?? '—' },
            { title: t('tour.district'), dataIndex: 'organisationName' },
            { title: t('tour.score'), dataIndex: 'score', align: 'right', render: (s: string | null) => s ?? '—' },
            { title: t('tour.scoredStops'), key: 'stops', align: 'right', render: (_: unknown, r) => `${r.scoredStops} / ${r.stops}` },
          ]} />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>{t('tour.rule')}</Typography.Paragraph>
      </Card>
      <Card size="small" title={t('tour.allScores')}>
        <Table size="small" rowKey={(r) => `${r.stopId}-${r.judgeName}-${r.criterionId}`} pagination={{ pageSize: 40 }} dataSource={tour.scores} scroll={{ x: 'max-content' }}
          columns={[
            { title: t('tour.project'), dataIndex: 'stopId', render: (id: number) => stops.get(id)?.projectName ?? id },
            { title: t('tour.stopScore'), key: 'stopScore', align: 'right', render: (_: unknown, r) => tour.stopScores[String(r.stopId)] ?? '—' },
            { title: t('tour.judge'), dataIndex: 'judgeName' },
            { title: t('tour.criteria'), dataIndex: 'criterionId', render: (id: number) => criteria.get(id)?.name ?? id },
            { title: t('tour.score'), dataIndex: 'score', align: 'right' },
          ]} />
      </Card>
    </>
  );
}
