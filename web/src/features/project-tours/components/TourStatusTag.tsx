import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TourStatus } from '@hongtu/domain';

const COLOURS: Record<TourStatus, string> = { nominating: 'blue', scoring: 'orange', closed: 'default' };

export function TourStatusTag({ status }: { status: TourStatus }) {
  const { t } = useTranslation('project-tours');
  return <Tag color={COLOURS[status]}>{t(`status.${status}`)}</Tag>;
}
