import { Card, Flex, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SubmissionStatus } from '@hongtu/contracts';
import { STATUS_ORDER, type StatusCounts } from '../model/status';

const COLOURS: Record<SubmissionStatus | 'late', string> = {
  not_started: '#8c8c8c', draft: '#1677ff', submitted: '#722ed1', returned: '#cf1322', approved: '#389e0d', revision_requested: '#d46b08', late: '#d4380d',
};

interface Props {
  counts: StatusCounts;
  filter: SubmissionStatus | 'late' | null;
  onFilter: (filter: SubmissionStatus | 'late' | null) => void;
}

/** Who has not started / drafted / submitted / been returned / approved, and who is late; a card filters the table. */
export function BoardSummary({ counts, filter, onFilter }: Props) {
  const { t } = useTranslation('reporting');
  const cards: (SubmissionStatus | 'late')[] = [...STATUS_ORDER, 'late'];
  return (
    <Flex gap={12} wrap data-testid="board-summary">
      {cards.map((key) => (
        <Card key={key} size="small" hoverable onClick={() => onFilter(filter === key ? null : key)} aria-pressed={filter === key}
          style={{ flex: '1 1 120px', borderColor: filter === key ? COLOURS[key] : undefined, boxShadow: filter === key ? `inset 0 -3px 0 ${COLOURS[key]}` : undefined }}>
          <Statistic title={key === 'late' ? t('late') : t(`status.${key}`)} value={counts[key]} styles={{ content: { color: COLOURS[key], fontSize: 22 } }} />
        </Card>
      ))}
    </Flex>
  );
}
