import { Alert, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The recovery codes, shown once: the user copies or writes them down, then says so. */
export function RecoveryCodesList({ codes, onDone }: { codes: readonly string[]; onDone: () => void }) {
  const { t } = useTranslation('auth');
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('secondFactor.recoveryTitle')}
      </Typography.Title>
      <Alert type="warning" showIcon title={t('secondFactor.recoveryWarning')} />
      <ol data-testid="recovery-codes" style={{ columns: 2, margin: 0, paddingInlineStart: 24, fontFamily: 'monospace', fontSize: 16 }}>
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <Flex justify="space-between" align="center">
        <Typography.Text copyable={{ text: codes.join('\n'), tooltips: false }}>{t('secondFactor.copyAll')}</Typography.Text>
        <Button type="primary" onClick={onDone}>
          {t('secondFactor.saved')}
        </Button>
      </Flex>
    </Flex>
  );
}
