import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectReportStatus } from '@hongtu/domain';

const COLOURS: Record<ProjectReportStatus, string> = { not_started: 'default', draft: 'blue', submitted: 'gold', returned: 'red', approved: 'green' };

/** A monthly report's workflow status. */
export function ReportStatusTag({ status }: { status: ProjectReportStatus }) {
  const { t } = useTranslation('projects');
  return <Tag color={COLOURS[status]} data-testid="report-status">{t(`reportStatus.${status}`)}</Tag>;
}
