import { Button, Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Job } from '@hongtu/contracts';
import { jobPercent } from '../../../api/jobs';

const PHASES = ['read', 'compare', 'store', 'write'] as const;
type Phase = (typeof PHASES)[number];
const isPhase = (phase: string | null): phase is Phase => (PHASES as readonly (string | null)[]).includes(phase);

interface Props {
  job: Job;
  onCancel?: () => void;
  cancelling?: boolean;
}

/** A targets import job on its way: waiting for a server, or how far it is (its phase and a bar). */
export function ImportJobProgress({ job, onCancel, cancelling }: Props) {
  const { t } = useTranslation('targets');
  const queued = job.status === 'queued';
  const phase = job.progress.phase;
  const text = queued ? t('import.queued') : isPhase(phase) ? t(`import.phase.${phase}`) : t('import.running');
  return (
    <Flex vertical gap={8} data-testid="import-progress">
      <Typography.Text>{text}</Typography.Text>
      <Progress percent={jobPercent(job)} status="active" aria-label={text} />
      {job.attempts > 1 ? <Typography.Text type="secondary">{t('import.attempt', { attempt: job.attempts, max: job.maxAttempts })}</Typography.Text> : null}
      {queued && onCancel ? (
        <div><Button size="small" onClick={onCancel} loading={cancelling}>{t('import.cancel')}</Button></div>
      ) : null}
    </Flex>
  );
}
