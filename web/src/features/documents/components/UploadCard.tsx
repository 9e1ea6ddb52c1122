import { useEffect, useState } from 'react';
import { Alert, Button, Card, Progress, Space, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { documentIngestResultSchema } from '@hongtu/contracts/documents';
import { jobPercent, useJob } from '../../../api/jobs';
import { documentsKeys, useUploadDocument } from '../api';

/** Upload of one document: queued as a job, its progress followed until the document is taken in (or refused, with why). */
export function UploadCard() {
  const { t } = useTranslation('documents');
  const client = useQueryClient();
  const upload = useUploadDocument();
  const [job, setJob] = useState<{ id: number; name: string } | null>(null);
  const followed = useJob(job?.id ?? null);
  const data = followed.data;
  const parsed = data?.status === 'succeeded' ? documentIngestResultSchema.safeParse(data.result) : null;
  const result = parsed?.success ? parsed.data : null;
  const running = data ? data.status === 'queued' || data.status === 'running' : upload.isPending;

  const start = (file: File) => {
    setJob(null);
    upload.mutate(file, {
      onSuccess: (queued) => setJob({ id: queued.id, name: file.name }),
    });
    return false;
  };
  const doneId = result?.documentId;
  useEffect(() => {
    if (doneId !== undefined) void client.invalidateQueries({ queryKey: documentsKeys.all });
  }, [doneId, client]);

  return (
    <Card size="small" title={t('upload.title')} data-testid="document-upload">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('upload.hint')}</Typography.Text>
        <Upload accept=".txt,.md,.markdown,.html,.htm,.docx,.pdf" showUploadList={false} beforeUpload={start} disabled={running}>
          <Button icon={<UploadOutlined />} loading={running} data-testid="document-upload-button">{t('upload.button')}</Button>
        </Upload>
        {upload.error ? <Alert type="error" showIcon title={t('upload.failed', { message: upload.error.message })} /> : null}
        {job && running && data ? (
          <div data-testid="document-upload-progress">
            <Typography.Text>{t('upload.running', { name: job.name })}</Typography.Text>
            <Progress percent={jobPercent(data)} size="small" />
          </div>
        ) : null}
        {data && (data.status === 'failed' || data.status === 'cancelled') ? (
          <Alert type="error" showIcon title={t('upload.failed', { message: data.error?.message ?? data.status })} data-testid="document-upload-failed" />
        ) : null}
        {result ? (
          <Alert
            type={result.outcome === 'duplicate' ? 'info' : 'success'}
            showIcon
            data-testid="document-upload-done"
            title={t(`upload.${result.outcome}`, { title: result.title, count: result.figureCount, version: result.version })}
            action={<Link to={`/documents/${result.documentId}`} data-testid="document-upload-open">{t('upload.open')}</Link>}
          />
        ) : null}
      </Space>
    </Card>
  );
}
