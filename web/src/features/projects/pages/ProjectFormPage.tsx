import { useEffect, useRef } from 'react';
import { useNavigate, useParams } from 'react-router';
import { App, Button, Card, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { PROJECT_CATEGORIES, PROJECT_LEVELS, PROJECT_MILESTONES, PROJECT_STAGES, PROJECT_TAGS, PROJECT_YEAR_STATUSES, isReportingUnit } from '@hongtu/domain';
import { PROJECT_LIMITS } from '@hongtu/contracts/projects';
import { isApiError } from '../../../api/client';
import { dayjs } from '../../../lib/time';
import { OrganisationSelect } from '../../../components/OrganisationSelect';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { useCurrentUser } from '../../auth/public';
import { useOrganisations } from '../../organisations/public';
import { useCreateProject, useProject, useUpdateProject } from '../api';
import { emptyForm, entryThreshold, fieldOfPath, formOf, requestOf, type ProjectFormValues } from '../model/projectForm';
import { shanghaiMonth } from '../model/report';

/** The form's fields a server detail may name (the rest are shown as a message). */
const FORM_FIELDS = new Set(['organisationId', 'code', 'name', 'level', 'category', 'industry', 'ownerName', 'ownerCreditCode', 'totalInvestment', 'annualPlan',
  'planYear', 'shares', 'yearStatus', 'stage', 'planned', 'actual', 'contactLeader', 'responsibleDepartment', 'taskForce', 'address', 'longitude', 'latitude', 'tags']);

/** /projects/new and /projects/:id/edit — every field of a project; the server checks every rule and answers field by field. */
export function ProjectFormPage() {
  const { id: idParam } = useParams();
  const id = idParam ? Number(idParam) : null;
  const project = useProject(id);
  if (id !== null && !project.data) return <PageState loading={project.isPending} error={project.error} onRetry={() => void project.refetch()} />;
  return <ProjectForm id={id} initial={project.data ? formOf(project.data) : null} version={project.data?.version ?? 0} />;
}

function ProjectForm({ id, initial, version }: { id: number | null; initial: ProjectFormValues | null; version: number }) {
  const { t } = useTranslation('projects');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const organisations = useOrganisations();
  const [form] = Form.useForm<ProjectFormValues>();
  const create = useCreateProject();
  const update = useUpdateProject(id ?? 0);
  const saving = create.isPending || update.isPending;
  const scheduleKind = Form.useWatch('scheduleKind', form);
  const level = Form.useWatch('level', form);
  const category = Form.useWatch('category', form);
  const threshold = entryThreshold(level, category);

  const shownVersion = useRef(version);
  useEffect(() => {
    // A newer version (read again after a 409) replaces what the form shows.
    if (initial && version !== shownVersion.current) {
      shownVersion.current = version;
      form.setFieldsValue(initial);
    }
  }, [form, initial, version]);

  const showError = (error: unknown) => {
    if (!isApiError(error)) {
      void message.error(error instanceof Error ? error.message : String(error));
      return;
    }
    if (error.code === 'STALE_VERSION') {
      void message.warning(t('form.stale'));
      return;
    }
    const placed = (error.details ?? []).flatMap((d) => {
      const name = fieldOfPath(d.path);
      return name && FORM_FIELDS.has(String(name[0])) ? [{ name, errors: [d.message] }] : [];
    });
    if (placed.length > 0) form.setFields(placed as never);
    if (placed.length < (error.details?.length ?? 0) || placed.length === 0) void message.error(error.message);
  };

  const submit = async () => {
    const values = await form.validateFields();
    const request = requestOf(values);
    if (id === null) {
      create.mutate(request, {
        onSuccess: (project) => {
          void message.success(t('form.created'));
          void navigate(`/projects/${project.id}`);
        },
        onError: showError,
      });
    } else {
      update.mutate({ ...request, version }, {
        onSuccess: () => {
          void message.success(t('form.saved'));
          void navigate(`/projects/${id}`);
        },
        onError: showError,
      });
    }
  };

  const required = [{ required: true, message: ' ' }];
  const options = <T extends string>(values: readonly T[], group: 'level' | 'category' | 'yearStatus' | 'stage' | 'tag') =>
    values.map((value) => ({ value, label: t(`${group}.${value}` as 'level.city') }));
  const units = (organisations.data ?? []).filter((o) => isReportingUnit(o.kind));
  const shares = scheduleKind === 'monthly' ? 12 : scheduleKind === 'quarterly' ? 4 : 0;

  return (
    <>
      <PageHeader title={id === null ? t('form.newTitle') : t('form.editTitle')}
        extra={<Button onClick={() => void navigate(id === null ? '/projects' : `/projects/${id}`)}>{t('actions.cancel')}</Button>} />
      <Form form={form} layout="vertical" initialValues={initial ?? emptyForm(shanghaiMonth(new Date()).year, me.organisationId)}
        onFinish={() => void submit().catch(() => undefined)} scrollToFirstError>
        <Card size="small" title={t('form.sections.basic')} style={{ marginBottom: 12 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="organisationId" label={t('form.organisation')} rules={required}>
                <OrganisationSelect organisations={organisations.data ?? []} selectable={(o) => isReportingUnit(o.kind)} disabled={units.length <= 1} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="code" label={t('form.code')} extra={t('form.codeHint')}><Input maxLength={PROJECT_LIMITS.codeLength} /></Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="name" label={t('form.name')} rules={required}><Input maxLength={PROJECT_LIMITS.nameLength} /></Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="level" label={t('form.level')} rules={required}><Select aria-label={t('form.level')} options={options(PROJECT_LEVELS, 'level')} /></Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="category" label={t('form.category')} rules={required}><Select aria-label={t('form.category')} options={options(PROJECT_CATEGORIES, 'category')} /></Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="yearStatus" label={t('form.yearStatus')} rules={required}><Select aria-label={t('form.yearStatus')} options={options(PROJECT_YEAR_STATUSES, 'yearStatus')} /></Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="stage" label={t('form.stage')} rules={required}><Select aria-label={t('form.stage')} options={options(PROJECT_STAGES, 'stage')} /></Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="industry" label={t('form.industry')}><Input maxLength={PROJECT_LIMITS.shortText} /></Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="ownerName" label={t('form.ownerName')}><Input maxLength={PROJECT_LIMITS.ownerLength} /></Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="ownerCreditCode" label={t('form.ownerCreditCode')}><Input maxLength={20} style={{ fontFamily: 'monospace' }} /></Form.Item>
            </Col>
          </Row>
        </Card>

        <Card size="small" title={t('form.sections.investment')} style={{ marginBottom: 12 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="totalInvestment" label={t('form.totalInvestment')} rules={required} extra={threshold !== null ? t('form.thresholdHint', { threshold }) : undefined}>
                <Input inputMode="decimal" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="annualPlan" label={t('form.annualPlan')} rules={required}><Input inputMode="decimal" /></Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="planYear" label={t('form.planYear')} rules={required}><InputNumber min={2000} max={2100} style={{ width: '100%' }} /></Form.Item>
            </Col>
          </Row>
          <Form.Item name="scheduleKind" label={t('form.schedule')}>
            <Radio.Group options={[
              { value: 'linear', label: t('form.scheduleLinear') },
              { value: 'quarterly', label: t('form.scheduleQuarterly') },
              { value: 'monthly', label: t('form.scheduleMonthly') },
            ]} />
          </Form.Item>
          {shares > 0 ? (
            <Form.Item name="shares" noStyle>
              <Space wrap>
                {Array.from({ length: shares }, (_, i) => (
                  <Form.Item key={i} name={['shares', i]} label={t('form.share', { n: i + 1 })} style={{ width: 120 }}><Input inputMode="decimal" /></Form.Item>
                ))}
              </Space>
            </Form.Item>
          ) : null}
        </Card>

        <Card size="small" title={t('form.sections.milestones')} style={{ marginBottom: 12 }}>
          <Row gutter={16} style={{ fontWeight: 500, marginBottom: 8 }}>
            <Col span={6}>{t('form.milestone')}</Col>
            <Col span={9}>{t('form.planned')}</Col>
            <Col span={9}>{t('form.actual')}</Col>
          </Row>
          {PROJECT_MILESTONES.map((m) => (
            <Row gutter={16} key={m}>
              <Col span={6}><Typography.Text>{t(`milestone.${m}`)}</Typography.Text></Col>
              {(['planned', 'actual'] as const).map((which) => (
                <Col span={9} key={which}>
                  <Form.Item name={[which, m]} style={{ marginBottom: 8 }}
                    getValueProps={(value?: string) => ({ value: value ? dayjs(value) : null })}
                    normalize={(picked: Dayjs | null) => (picked ? picked.format('YYYY-MM-DD') : undefined)}>
                    <DatePicker aria-label={`${t(`form.${which}`)} · ${t(`milestone.${m}`)}`} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              ))}
            </Row>
          ))}
        </Card>

        <Card size="small" title={t('form.sections.responsibility')} style={{ marginBottom: 12 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}><Form.Item name="contactLeader" label={t('form.contactLeader')}><Input maxLength={PROJECT_LIMITS.shortText} /></Form.Item></Col>
            <Col xs={24} md={8}><Form.Item name="responsibleDepartment" label={t('form.responsibleDepartment')}><Input maxLength={PROJECT_LIMITS.shortText} /></Form.Item></Col>
            <Col xs={24} md={8}><Form.Item name="taskForce" label={t('form.taskForce')}><Input maxLength={PROJECT_LIMITS.shortText} /></Form.Item></Col>
          </Row>
        </Card>

        <Card size="small" title={t('form.sections.location')} style={{ marginBottom: 12 }}>
          <Row gutter={16}>
            <Col xs={24} md={12}><Form.Item name="address" label={t('form.address')}><Input maxLength={PROJECT_LIMITS.addressLength} /></Form.Item></Col>
            <Col xs={12} md={6}><Form.Item name="longitude" label={t('form.longitude')}><InputNumber min={73} max={136} step={0.000001} style={{ width: '100%' }} /></Form.Item></Col>
            <Col xs={12} md={6}><Form.Item name="latitude" label={t('form.latitude')}><InputNumber min={3} max={54} step={0.000001} style={{ width: '100%' }} /></Form.Item></Col>
            <Col span={24}><Form.Item name="tags" label={t('form.tags')}><Select mode="multiple" aria-label={t('form.tags')} options={options(PROJECT_TAGS, 'tag')} /></Form.Item></Col>
          </Row>
        </Card>

        <Space>
          <Button type="primary" htmlType="submit" loading={saving}>{t('actions.save')}</Button>
          <Button onClick={() => void navigate(id === null ? '/projects' : `/projects/${id}`)}>{t('actions.cancel')}</Button>
        </Space>
      </Form>
    </>
  );
}
