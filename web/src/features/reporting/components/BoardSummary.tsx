import { Card, Flex, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SubmissionStatus } from '@hongtu/contracts';
import { STATUS_ORDER, type StatusCounts } from '../model/status';

/** Each status's figure, at 4.5:1 or more on the card's white (the darker shades of antd's palettes). */
const COLOURS: Record<SubmissionStatus | 'late', string> = {
  not_started: '#595959', draft: '#0958d9', submitted: '#722ed1', returned: '#cf1322', approved: '#237804', revision_requested: '#ad4e00', late: '#ad2102',
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
  const toggle = (key: SubmissionStatus | 'late') => onFilter(filter === key ? null : key);
  return (
    <Flex gap={12} wrap data-testid="board-summary">
      {cards.map((key) => (
        // A toggle of the table's filter: a button that says whether it is pressed, reached and pressed with the keyboard too.
        <Card key={key} size="small" hoverable role="button" tabIndex={0} aria-pressed={filter === key}
          onClick={() => toggle(key)} onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle(key); } }}
          style={{ flex: '1 1 120px', borderColor: filter === key ? COLOURS[key] : undefined, boxShadow: filter === key ? `inset 0 -3px 0 ${COLOURS[key]}` : undefined }}>
          <Statistic title={key === 'late' ? t('late') : t(`status.${key}`)} value={counts[key]} styles={{ content: { color: COLOURS[key], fontSize: 22 } }} />
        </Card>
      ))}
    </Flex>
  );
}
