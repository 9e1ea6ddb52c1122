import { Tag } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ReportingPeriod, SubmissionStatus } from '@hongtu/contracts';
import { STATUS_COLOURS } from '../model/status';

/** A district-month's workflow status. */
export function StatusTag({ status }: { status: SubmissionStatus }) {
  const { t } = useTranslation('reporting');
  return (
    <Tag color={STATUS_COLOURS[status]} data-testid="submission-status">
      {t(`status.${status}`)}
    </Tag>
  );
}

/** Late: submitted after the deadline, or not submitted by it (flagged, never dropped). */
export function LateTag({ late }: { late: boolean }) {
  const { t } = useTranslation('reporting');
  if (!late) return null;
  return (
    <Tag color="volcano" icon={<ClockCircleOutlined />}>
      {t('late')}
    </Tag>
  );
}

export function PeriodStatusTag({ status }: { status: ReportingPeriod['status'] }) {
  const { t } = useTranslation('reporting');
  return <Tag color={status === 'open' ? 'processing' : 'default'}>{t(`periodStatus.${status}`)}</Tag>;
}
