import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { Alert, App, Button, Card, Flex, Select, Space, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { targetImportCheckSchema, targetImportCommitSchema, type Job } from '@hongtu/contracts';
import { useCancelJob, useJob } from '../../../api/jobs';
import { PageHeader } from '../../../components/PageHeader';
import { dayjs } from '../../../lib/time';
import { downloadTargetTemplate, targetKeys, useQueueTargetCommit, useQueueTargetImport } from '../api';
import { ImportJobProgress } from '../components/ImportJobProgress';
import { TargetImportReport } from '../components/TargetImportReport';

/** The job's result read with its contract, once it succeeded. */
function resultOf<T>(job: Job | undefined, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }): T | null {
  if (job?.status !== 'succeeded') return null;
  const parsed = schema.safeParse(job.result);
  return parsed.success ? parsed.data : null;
}

/** A job's failure, as the server told it. */
function JobFailed({ job }: { job: Job }) {
  const { t } = useTranslation('targets');
  if (job.status === 'cancelled') return <Alert type="info" showIcon title={t('import.cancelled')} />;
  return <Alert type="error" showIcon title={job.error?.message ?? t('import.failed')} data-testid="target-import-error" />;
}

/**
 * Targets from Excel for the city: download the year's template, upload it filled in; the dry run
 * and then the commit run as background jobs on whichever server takes them, and the page follows
 * each (its phase and a progress bar) before it shows the report or the counts written.
 */
export function TargetImportPage() {
  const { t } = useTranslation('targets');
  const { message } = App.useApp();
  const thisYear = dayjs().tz('Asia/Shanghai').year();
  // The targets page opens it on the year it shows.
  const [search] = useSearchParams();
  const asked = Number(search.get('year'));
  const [year, setYear] = useState(Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : thisYear);
  const [checkId, setCheckId] = useState<number | null>(null);
  const [commitId, setCommitId] = useState<number | null>(null);
  const upload = useQueueTargetImport(year);
  const queueCommit = useQueueTargetCommit();
  const cancel = useCancelJob();
  const queryClient = useQueryClient();
  const checkJob = useJob(checkId);
  const commitJob = useJob(commitId);
  const report = resultOf(checkJob.data, targetImportCheckSchema);
  const committed = resultOf(commitJob.data, targetImportCommitSchema);

  // The targets page shows what the commit wrote.
  const committedBatch = committed?.batchId;
  useEffect(() => {
    if (committedBatch !== undefined) void queryClient.invalidateQueries({ queryKey: targetKeys.allTargets });
  }, [committedBatch, queryClient]);

  const again = () => {
    upload.reset();
    queueCommit.reset();
    setCheckId(null);
    setCommitId(null);
  };

  const onUpload = (file: File) => {
    upload.mutate(file, { onSuccess: (job) => setCheckId(job.id) });
    return false;
  };

  const onCommit = () => {
    if (!report) return;
    queueCommit.mutate(report.batchId, { onSuccess: (job) => setCommitId(job.id), onError: (error) => void message.error(error.message) });
  };

  const onCancel = (id: number) => cancel.mutate(id, { onError: (error) => void message.error(error.message) });

  const years = [thisYear + 1, thisYear, thisYear - 1];
  const checking = checkJob.data && (checkJob.data.status === 'queued' || checkJob.data.status === 'running');
  const committing = commitJob.data && (commitJob.data.status === 'queued' || commitJob.data.status === 'running');

  return (
    <>
      <PageHeader
        title={t('import.title')}
        subtitle={t('import.subtitle')}
        extra={<Link to="/targets">{t('import.back')}</Link>}
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap size="large">
          <Space>
            <Typography.Text>{t('targets.year')}</Typography.Text>
            <Select aria-label={t('targets.year')} value={year} onChange={(y) => { setYear(y); again(); }} style={{ width: 110 }}
              disabled={checkId !== null} options={years.map((y) => ({ value: y, label: t('list.yearOption', { year: y }) }))} />
          </Space>
          <Button icon={<DownloadOutlined />} onClick={() => void downloadTargetTemplate(year).catch((error: Error) => void message.error(error.message))}>
            {t('import.template')}
          </Button>
        </Space>
      </Card>
      <Card size="small">
        <Flex vertical gap={16}>
          {checkId === null ? (
            <>
              <Upload.Dragger
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                multiple={false}
                showUploadList={false}
                disabled={upload.isPending}
                beforeUpload={onUpload}
              >
                <p className="ant-upload-drag-icon"><InboxOutlined /></p>
                <p className="ant-upload-text">{t('import.drop', { year })}</p>
                <p className="ant-upload-hint">{t('import.hint')}</p>
              </Upload.Dragger>
              {upload.error ? <Alert type="error" showIcon title={upload.error.message} data-testid="target-import-error" /> : null}
            </>
          ) : null}

          {checkJob.error ? <Alert type="error" showIcon title={checkJob.error.message} /> : null}
          {checking ? <ImportJobProgress job={checkJob.data!} onCancel={() => onCancel(checkId!)} cancelling={cancel.isPending} /> : null}
          {checkJob.data && (checkJob.data.status === 'failed' || checkJob.data.status === 'cancelled') ? <JobFailed job={checkJob.data} /> : null}
          {report ? <TargetImportReport report={report} /> : null}

          {commitJob.error ? <Alert type="error" showIcon title={commitJob.error.message} /> : null}
          {committing ? <ImportJobProgress job={commitJob.data!} onCancel={() => onCancel(commitId!)} cancelling={cancel.isPending} /> : null}
          {commitJob.data && (commitJob.data.status === 'failed' || commitJob.data.status === 'cancelled') ? <JobFailed job={commitJob.data} /> : null}
          {committed ? (
            <Alert type="success" showIcon data-testid="target-import-committed"
              title={committed.repeated ? t('import.committedBefore') : t('import.committed', { inserted: committed.inserted, updated: committed.updated, unchanged: committed.unchanged })}
              description={!committed.repeated && committed.q1Amounts ? t('import.q1Committed', committed.q1Amounts) : undefined} />
          ) : null}

          {checkId !== null && !checking && !committing ? (
            <Space>
              <Button onClick={again}>{t('import.again')}</Button>
              {report && !report.blocking && !committed && commitId === null ? (
                <Button type="primary" loading={queueCommit.isPending} onClick={onCommit}>{t('import.commit')}</Button>
              ) : null}
            </Space>
          ) : null}
        </Flex>
      </Card>
    </>
  );
}
