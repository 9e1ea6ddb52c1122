import { Button, Card, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportQuestion } from '@hongtu/contracts';
import { allAnswered, questionKey } from '../model/choices';

interface Props {
  questions: readonly ImportQuestion[];
  selected: Readonly<Record<string, string>>;
  onSelect: (key: string, column: string) => void;
  onCheckAgain: () => void;
  checking: boolean;
}

/** The dry run's questions: which of the columns named holds the value (or the growth); the file is checked again with the answers. */
export function ImportQuestions({ questions, selected, onSelect, onCheckAgain, checking }: Props) {
  const { t } = useTranslation('spreadsheets');
  return (
    <Card size="small" title={t('import.questionsTitle')} data-testid="import-questions">
      <Flex vertical gap={8}>
        {questions.map((q) => {
          const key = questionKey(q);
          return (
            <Flex key={key} align="center" gap={12} wrap>
              <Typography.Text>{t(q.role === 'ytd' ? 'import.questionYtd' : 'import.questionYoy', { sheet: q.sheet })}</Typography.Text>
              <Select
                style={{ minWidth: 260 }}
                placeholder={t('import.chooseColumn')}
                value={selected[key]}
                onChange={(column: string) => onSelect(key, column)}
                options={q.candidates.map((c) => ({ value: c.column, label: `${c.column} · ${c.header}` }))}
                aria-label={`${q.sheet} ${q.role}`}
              />
            </Flex>
          );
        })}
        <div>
          <Button type="primary" disabled={!allAnswered(questions, selected)} loading={checking} onClick={onCheckAgain}>
            {t('import.checkAgain')}
          </Button>
        </div>
      </Flex>
    </Card>
  );
}
