import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EnterpriseProblemItem } from '@hongtu/contracts/enterprise-service';
import { countdownColor, countdownOf } from '../model/countdown';

/** The running deadline as a tag: working days left, due today, or overdue. */
export function Countdown({ problem }: { problem: EnterpriseProblemItem }) {
  const { t } = useTranslation('enterprise-service');
  const c = countdownOf(problem);
  if (c.kind === 'none') return null;
  const text = c.kind === 'today' ? t('countdown.today') : c.kind === 'left' ? t('countdown.left', { count: c.days }) : t('countdown.overdue', { count: c.days });
  return <Tag color={countdownColor(c)} data-testid="countdown">{text}</Tag>;
}

const STATUS_COLOR = { submitted: 'gold', acknowledged: 'processing', answered: 'cyan', closed: 'default' } as const;

export function StatusTag({ problem }: { problem: EnterpriseProblemItem }) {
  const { t } = useTranslation('enterprise-service');
  return <Tag color={STATUS_COLOR[problem.status]} data-testid="problem-status">{t(`status.${problem.status}`)}</Tag>;
}
