import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Checkbox, Form, Progress, Select, Space, Steps, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { REPORT_KINDS, type ReportKind } from '@hongtu/contracts/reports';
import { jobPercent, useJob } from '../../../api/jobs';
import { isApiError } from '../../../api/client';
import { OrganisationSelect } from '../../../components/OrganisationSelect';
import { useLanguage } from '../../auth/public';
import { useOrganisations } from '../../organisations/public';
import { reportsKeys, useGenerateReport } from '../api';
import { GENERATE_PHASES, generatedReportOf, isGeneratePhase, isReportScope, isUnapprovedRefusal } from '../model/generate';
import { defaultPeriod, PERIOD_FORMS, periodKeyOf, periodNumberLabel, periodNumbers, reportPeriodLabel, withForm, type PeriodChoice, type PeriodForm } from '../model/periods';
import { ReportHeadline } from './ReportHeadline';

/**
 * The generate form: kind, period (a month, or a quarter / half-year / 1—N月 for the execution
 * report), the unit (the city or a district of the caller's scope). Queued as a job whose phases
 * are shown; a refusal for unapproved data offers a provisional report, with why.
 */
export function GenerateCard() {
  const { t } = useTranslation('reports');
  const { language } = useLanguage();
  const client = useQueryClient();
  const organisations = useOrganisations();
  const generate = useGenerateReport();
  const [kind, setKind] = useState<ReportKind>('monthly-bulletin');
  const [choice, setChoice] = useState<PeriodChoice>(() => defaultPeriod('monthly-bulletin', new Date()));
  const [organisationId, setOrganisationId] = useState<number | null>(null);
  const [provisional, setProvisional] = useState(false);
  const [jobId, setJobId] = useState<number | null>(null);
  const followed = useJob(jobId);
  const job = followed.data;
  const generated = job?.status === 'succeeded' ? generatedReportOf(job.result) : null;
  const reportId = generated?.id ?? null;
  const running = generate.isPending || (job !== undefined && (job.status === 'queued' || job.status === 'running'));
  const period = periodKeyOf(choice);
  const forms = PERIOD_FORMS[kind];
  const refused = isUnapprovedRefusal(generate.error && isApiError(generate.error) ? generate.error : null) || isUnapprovedRefusal(job?.error);

  // Offered once the server refused for unapproved data, and kept while it is ticked.
  const offerProvisional = refused || provisional;
  useEffect(() => {
    if (reportId !== null) void client.invalidateQueries({ queryKey: reportsKeys.all });
  }, [reportId, client]);

  const selectable = useMemo(() => (org: { kind: string }) => isReportScope(org), []);
  const changeKind = (next: ReportKind) => {
    setKind(next);
    const allowed = PERIOD_FORMS[next];
    if (!allowed.includes(choice.form)) setChoice(withForm(choice, allowed[0]!));
  };
  const submit = () => {
    setJobId(null);
    generate.mutate(
      { kind, period, organisationId: organisationId ?? undefined, provisional },
      { onSuccess: (queued) => setJobId(queued.id) },
    );
  };
  const years = Array.from({ length: 12 }, (_, i) => new Date().getFullYear() - i);
  const phase = job?.progress.phase;
  const runningText = t('generate.running', { period: reportPeriodLabel(period, language), kind: t(`kind.${kind}`) });

  return (
    <Card size="small" title={t('generate.title')} data-testid="report-generate">
      <Form layout="vertical" onFinish={submit} disabled={running}>
        <Form.Item label={t('generate.kind')} htmlFor="report-kind">
          <Select id="report-kind" value={kind} onChange={changeKind} options={REPORT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
        </Form.Item>
        {forms.length > 1 ? (
          <Form.Item label={t('generate.form')} htmlFor="report-form">
            <Select<PeriodForm> id="report-form" value={choice.form} onChange={(f) => setChoice(withForm(choice, f))} options={forms.map((f) => ({ value: f, label: t(`form.${f}`) }))} />
          </Form.Item>
        ) : null}
        <Space.Compact block>
          <Form.Item label={t('generate.year')} htmlFor="report-year" style={{ width: '45%' }}>
            <Select id="report-year" value={choice.year} onChange={(year: number) => setChoice({ ...choice, year })} options={years.map((y) => ({ value: y, label: String(y) }))} />
          </Form.Item>
          <Form.Item label={t('generate.period')} htmlFor="report-period" style={{ width: '55%' }}>
            <Select
              id="report-period"
              value={choice.n}
              onChange={(n: number) => setChoice({ ...choice, n })}
              options={periodNumbers(choice.form).map((n) => ({ value: n, label: periodNumberLabel(choice.form, n, language) }))}
            />
          </Form.Item>
        </Space.Compact>
        <Form.Item label={t('generate.organisation')} htmlFor="report-organisation" extra={t('generate.organisationHint')}>
          <OrganisationSelect
            id="report-organisation"
            organisations={organisations.data ?? []}
            selectable={selectable}
            value={organisationId}
            onChange={setOrganisationId}
            allowClear
          />
        </Form.Item>
        {offerProvisional ? (
          <Form.Item>
            <Alert type="warning" showIcon title={t('generate.provisionalExplain')} style={{ marginBottom: 8 }} data-testid="report-provisional-explain" />
            <Checkbox checked={provisional} onChange={(e) => setProvisional(e.target.checked)} data-testid="report-provisional">
              {t('generate.provisional')}
            </Checkbox>
          </Form.Item>
        ) : null}
        <Button type="primary" htmlType="submit" loading={running} data-testid="report-generate-submit">{t('generate.submit')}</Button>
      </Form>
      <Space orientation="vertical" style={{ width: '100%', marginTop: 12 }}>
        {generate.error ? <Alert type="error" showIcon title={t('generate.failed', { message: generate.error.message })} data-testid="report-generate-failed" /> : null}
        {jobId !== null && job && running ? (
          <div data-testid="report-generate-progress" aria-live="polite">
            <Typography.Text>{runningText}</Typography.Text>
            <Typography.Text type="secondary"> · {job.status === 'queued' ? t('phase.queued') : isGeneratePhase(phase) ? t(`phase.${phase}`) : phase}</Typography.Text>
            <Progress percent={jobPercent(job)} size="small" aria-label={runningText} />
            <Steps
              size="small"
              orientation="vertical"
              current={isGeneratePhase(phase) ? GENERATE_PHASES.indexOf(phase) : 0}
              items={GENERATE_PHASES.map((p) => ({ title: t(`phase.${p}`) }))}
              style={{ marginTop: 8 }}
            />
          </div>
        ) : null}
        {job && (job.status === 'failed' || job.status === 'cancelled') ? (
          <Alert type="error" showIcon title={t('generate.failed', { message: job.error?.message ?? job.status })} data-testid="report-generate-failed" />
        ) : null}
        {generated ? <ReportHeadline report={generated} /> : null}
      </Space>
    </Card>
  );
}

