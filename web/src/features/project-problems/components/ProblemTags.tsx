import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProblemItem } from '@hongtu/contracts/project-problems';

const COLOUR = { assigned: 'processing', answered: 'gold', declined: 'orange', closed: 'success' } as const;

/** A problem's state in words: its status, 督办 when overdue, how often the city supervised it. */
export function ProblemTags({ problem }: { problem: ProblemItem }) {
  const { t } = useTranslation('project-problems');
  return (
    <span className="problem-tags">
      <Tag color={COLOUR[problem.status]}>{t(`status.${problem.status}`)}</Tag>
      {problem.overdue && <Tag color="error" data-testid="overdue">{t('overdue', { count: problem.overdueWorkingDays })}</Tag>}
      {problem.supervisionCount > 0 && <Tag color="volcano">{t('supervised', { count: problem.supervisionCount })}</Tag>}
    </span>
  );
}
