import { Card, Checkbox, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportConfirmation } from '@hongtu/contracts';

interface Props {
  confirmations: readonly ImportConfirmation[];
  ticked: ReadonlySet<string>;
  onTick: (key: string, on: boolean) => void;
}

/** What the operator must confirm before the commit, one tick each. */
export function ImportConfirmations({ confirmations, ticked, onTick }: Props) {
  const { t } = useTranslation('spreadsheets');
  return (
    <Card size="small" title={t('import.confirmationsTitle', { count: confirmations.length })} data-testid="import-confirmations">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>{t('import.confirmationsHint')}</Typography.Paragraph>
      <Flex vertical gap={6}>
        {confirmations.map((c) => (
          <Checkbox key={c.key} checked={ticked.has(c.key)} onChange={(e) => onTick(c.key, e.target.checked)}>
            {c.message}
          </Checkbox>
        ))}
      </Flex>
    </Card>
  );
}
