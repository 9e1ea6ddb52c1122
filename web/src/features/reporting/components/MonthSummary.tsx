import { Alert, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportingPeriod, Submission, SubmissionStatus } from '@hongtu/contracts';
import { formatShanghai } from '../../../lib/time';
import { LateTag, PeriodStatusTag, StatusTag } from './StatusTags';

/** The statuses whose reason is shown above the figures, and how. */
const REASONS: Partial<Record<SubmissionStatus, 'returned' | 'revision'>> = { returned: 'returned', revision_requested: 'revision' };

interface Props {
  submission: Submission;
  period: ReportingPeriod | undefined;
}

/** Status, deadline and dates of a district's month, and the reason of a whole-month return or revision. */
export function MonthSummary({ submission, period }: Props) {
  const { t } = useTranslation('reporting');
  const time = (iso: string | null) => formatShanghai(iso, 'YYYY-MM-DD HH:mm') ?? '—';
  const reasonKind = REASONS[submission.status] ?? null;
  return (
    <>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 2, lg: 4 }}
        items={[
          { key: 'status', label: t('month.status'), children: <><StatusTag status={submission.status} /><LateTag late={submission.late} /></> },
          { key: 'deadline', label: t('month.deadline'), children: time(submission.deadline) },
          { key: 'period', label: t('month.periodStatus'), children: period ? <PeriodStatusTag status={period.status} /> : '—' },
          { key: 'version', label: t('month.version'), children: submission.version },
          { key: 'submitted', label: t('month.submittedAt'), children: time(submission.submittedAt) },
          { key: 'approved', label: t('month.approvedAt'), children: time(submission.approvedAt) },
        ]}
      />
      {reasonKind && submission.reason ? (
        <Alert
          style={{ marginTop: 12 }}
          type={reasonKind === 'returned' ? 'error' : 'warning'}
          showIcon
          title={t(reasonKind === 'returned' ? 'month.returnedTitle' : 'month.revisionTitle')}
          description={submission.reason}
          data-testid="month-reason"
        />
      ) : null}
    </>
  );
}
