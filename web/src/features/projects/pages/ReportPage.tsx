import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Alert, App, Button, Card, Checkbox, Col, Descriptions, Form, Input, Modal, Row, Space, Statistic, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PROJECT_LIMITS, type Project, type ProjectReport, type SaveProjectReport } from '@hongtu/contracts/projects';
import { isApiError } from '../../../api/client';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { AttachmentsCard } from '../../project-problems/public';
import { formatShanghai } from '../../../lib/time';
import { useProject, useProjectReport, useReportMutation } from '../api';
import { ReportStatusTag } from '../components/ReportStatusTag';
import { fmtRate, fmtWan } from '../model/format';
import { expectedYtd } from '../model/report';

type Values = { monthInvestment?: string; ytdInvestment?: string; progressText?: string; problems?: string; nextSteps?: string; inStatistics?: boolean };
const FIELDS = ['monthInvestment', 'ytdInvestment', 'progressText', 'problems', 'nextSteps', 'inStatistics'];

/** /projects/:id/reports/:periodKey — a project's month: the operator fills and submits it, the city reviewer approves or returns it. */
export function ReportPage() {
  const { id: idParam, periodKey = '' } = useParams();
  const id = Number(idParam);
  const project = useProject(id);
  const report = useProjectReport(id, periodKey);
  if (!project.data || !report.data) {
    return <PageState loading={project.isPending || report.isPending} error={project.error ?? report.error} onRetry={() => { void project.refetch(); void report.refetch(); }} />;
  }
  return <ReportView project={project.data} report={report.data} key={report.data.periodKey} />;
}

function ReportView({ project, report }: { project: Project; report: ProjectReport }) {
  const { t } = useTranslation('projects');
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const mutation = useReportMutation(project.id, report.periodKey);
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [triedReturn, setTriedReturn] = useState(false);
  const monthInvestment = Form.useWatch('monthInvestment', form);
  const expected = expectedYtd(report.previousYtd, report.month, monthInvestment);
  const period = t('project.monthLabel', { year: report.year, month: report.month });
  const shownVersion = useRef(report.version);
  useEffect(() => {
    // Another version (saved here, or read again after a 409) replaces what the form shows.
    if (report.version === shownVersion.current) return;
    shownVersion.current = report.version;
    form.resetFields();
  }, [form, report.version]);

  const fail = (error: unknown) => {
    if (isApiError(error) && error.code === 'STALE_VERSION') {
      void message.warning(t('report.stale'));
      return;
    }
    if (isApiError(error) && error.details?.length) {
      const placed = error.details.flatMap((d) => {
        const name = d.path.replace(/^body\./, '');
        return FIELDS.includes(name) ? [{ name: name as keyof Values, errors: [d.message] }] : [];
      });
      form.setFields(placed);
      if (placed.length === error.details.length) return;
    }
    void message.error(error instanceof Error ? error.message : String(error));
  };

  const body = (v: Values): SaveProjectReport => ({
    monthInvestment: v.monthInvestment ?? null, ytdInvestment: v.ytdInvestment ?? null, progressText: v.progressText ?? '', problems: v.problems ?? '',
    nextSteps: v.nextSteps ?? '', inStatistics: v.inStatistics ?? false, version: report.version,
  });
  const save = async (then?: (saved: ProjectReport) => void) => {
    const values = await form.validateFields();
    mutation.mutate({ save: body(values) }, {
      onSuccess: (saved) => (then ? then(saved) : void message.success(t('report.saved'))),
      onError: fail,
    });
  };
  const submit = () => {
    modal.confirm({
      title: t('report.confirmSubmit'), content: t('report.confirmSubmitText'), okText: t('actions.submit'), cancelText: t('actions.cancel'),
      onOk: () => save((saved) => mutation.mutate({ action: 'submit', version: saved.version }, {
        onSuccess: () => void message.success(t('report.submitted')), onError: fail,
      })),
    });
  };
  const approve = () => {
    modal.confirm({
      title: t('report.confirmApprove'), okText: t('actions.approve'), cancelText: t('actions.cancel'),
      onOk: () => mutation.mutateAsync({ action: 'approve', version: report.version }).then(() => void message.success(t('report.approvedMessage')), fail),
    });
  };
  const sendBack = () => {
    setTriedReturn(true);
    if (reason.trim() === '') return;
    mutation.mutate({ action: 'return', version: report.version, reason: reason.trim() }, {
      onSuccess: () => {
        setReturning(false);
        void message.success(t('report.returnedMessage'));
      },
      onError: fail,
    });
  };

  const { actions } = report;
  const gap = report.gap === null ? '—' : t('report.points', { value: report.gap });
  return (
    <>
      <PageHeader
        title={t('report.title', { name: project.name, period })}
        subtitle={`${project.code} · ${project.organisationName}`}
        extra={
          <>
            {actions.approve ? <Button type="primary" onClick={approve} loading={mutation.isPending}>{t('actions.approve')}</Button> : null}
            {actions.returnReport ? <Button danger onClick={() => setReturning(true)}>{t('actions.return')}</Button> : null}
            <Button onClick={() => void navigate(`/projects/${project.id}`)}>{t('actions.backToProject')}</Button>
          </>
        }
      />
      <Space style={{ marginBottom: 12 }}>
        <ReportStatusTag status={report.status} />
        {report.updatedAt ? <Typography.Text type="secondary">{formatShanghai(report.updatedAt)}</Typography.Text> : null}
      </Space>
      {report.status === 'returned' && report.reason ? (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} data-testid="report-reason" title={t('report.returnReason')} description={report.reason} />
      ) : null}

      <Card size="small" style={{ marginBottom: 12 }}>
        <Row gutter={16}>
          <Col xs={12} md={4}><Statistic title={t('report.annualPlan')} value={fmtWan(report.annualPlan)} /></Col>
          <Col xs={12} md={5}><Statistic title={t('report.plannedYtd')} value={fmtWan(report.plannedYtd)} /></Col>
          <Col xs={12} md={5}><Statistic title={t('report.ytdInvestment')} value={fmtWan(report.ytdInvestment)} /></Col>
          <Col xs={12} md={3}><Statistic title={t('report.completion')} value={fmtRate(report.completion)} /></Col>
          <Col xs={12} md={3}><Statistic title={t('report.timeProgress')} value={fmtRate(report.timeProgress)} /></Col>
          <Col xs={12} md={4}><Statistic title={t('report.gap')} value={gap} /></Col>
        </Row>
      </Card>

      <Card size="small" style={{ marginBottom: 12 }}>
        {actions.edit ? (
          <Form form={form} layout="vertical" onFinish={() => void save().catch(() => undefined)}
            initialValues={{
              monthInvestment: report.monthInvestment ?? undefined, ytdInvestment: report.ytdInvestment ?? undefined, progressText: report.progressText,
              problems: report.problems, nextSteps: report.nextSteps, inStatistics: report.inStatistics,
            }}
            onValuesChange={(changed: Values) => {
              // Year to date follows this month while the user has not typed one of his own.
              if ('monthInvestment' in changed && !form.isFieldTouched('ytdInvestment')) {
                const next = expectedYtd(report.previousYtd, report.month, changed.monthInvestment);
                if (next !== null) form.setFieldValue('ytdInvestment', next);
              }
            }}>
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item name="monthInvestment" label={t('report.monthInvestment')} rules={[{ required: true, message: ' ' }]}><Input inputMode="decimal" /></Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="ytdInvestment" label={t('report.ytdInvestment')} rules={[{ required: true, message: ' ' }]}
                  extra={expected !== null ? t('report.ytdHint', { expected }) : undefined}><Input inputMode="decimal" /></Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item label={t('report.previousYtd')}><Typography.Text>{fmtWan(report.previousYtd)}</Typography.Text></Form.Item>
              </Col>
            </Row>
            <Form.Item name="progressText" label={t('report.progressText')}><Input.TextArea rows={3} maxLength={PROJECT_LIMITS.reportText} /></Form.Item>
            <Form.Item name="problems" label={t('report.problems')}><Input.TextArea rows={2} maxLength={PROJECT_LIMITS.reportText} /></Form.Item>
            <Form.Item name="nextSteps" label={t('report.nextSteps')}><Input.TextArea rows={2} maxLength={PROJECT_LIMITS.reportText} /></Form.Item>
            <Form.Item name="inStatistics" valuePropName="checked"><Checkbox>{t('report.inStatistics')}</Checkbox></Form.Item>
            <Space>
              <Button htmlType="submit" loading={mutation.isPending}>{t('actions.saveDraft')}</Button>
              <Button type="primary" onClick={submit} loading={mutation.isPending}>{t('actions.submit')}</Button>
            </Space>
          </Form>
        ) : (
          <Descriptions size="small" column={{ xs: 1, md: 2 }} data-testid="report-values">
            <Descriptions.Item label={t('report.monthInvestment')}>{fmtWan(report.monthInvestment)}</Descriptions.Item>
            <Descriptions.Item label={t('report.ytdInvestment')}>{fmtWan(report.ytdInvestment)}</Descriptions.Item>
            <Descriptions.Item label={t('report.progressText')} span={2}><Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{report.progressText || '—'}</Typography.Text></Descriptions.Item>
            <Descriptions.Item label={t('report.problems')} span={2}><Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{report.problems || '—'}</Typography.Text></Descriptions.Item>
            <Descriptions.Item label={t('report.nextSteps')} span={2}><Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{report.nextSteps || '—'}</Typography.Text></Descriptions.Item>
            <Descriptions.Item label={t('report.inStatistics')}>{report.inStatistics ? '✓' : '—'}</Descriptions.Item>
          </Descriptions>
        )}
      </Card>

      {report.version > 0 ? (
        <AttachmentsCard
          listPath={`/api/projects/${project.id}/attachments`}
          uploadPath={`/api/projects/${project.id}/reports/${report.periodKey}/attachments`}
          canAdd={actions.edit}
          filter={(a) => a.parent === 'report' && a.periodKey === report.periodKey}
        />
      ) : null}

      {report.events.length > 0 ? (
        <Card size="small" title={t('report.history')}>
          <Timeline items={report.events.map((e) => ({
            content: `${formatShanghai(e.at)} · ${t(`report.events.${e.action as 'save'}`, { defaultValue: e.action })}${e.actorName ? ` · ${e.actorName}` : ''}${e.reason ? ` · ${e.reason}` : ''}`,
          }))} />
        </Card>
      ) : null}

      <Modal open={returning} title={t('actions.return')} okText={t('actions.return')} cancelText={t('actions.cancel')} okButtonProps={{ danger: true }}
        confirmLoading={mutation.isPending} onOk={sendBack} onCancel={() => setReturning(false)}>
        <Form layout="vertical">
          <Form.Item label={t('report.returnReason')} required validateStatus={triedReturn && reason.trim() === '' ? 'error' : undefined}
            help={triedReturn && reason.trim() === '' ? t('report.reasonRequired') : undefined}>
            <Input.TextArea aria-label={t('report.returnReason')} rows={3} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
