import { useState, type ReactNode } from 'react';
import { Alert, Button, Flex, Form, Input, QRCode, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SecondFactorEnrolled, SecondFactorEnrolment } from '@hongtu/contracts';
import { useConfirmEnrolment } from '../api';

/** The key in groups of four, easier to type into an authenticator app by hand. */
export const groupedKey = (secret: string) => secret.replace(/(.{4})(?=.)/g, '$1 ');

/**
 * The enrolment of an authenticator app: the QR code of the otpauth:// URI (antd's QRCode, drawn
 * in the browser), the key for typing by hand, and the first code, which confirms it.
 */
export function EnrolSecondFactor({ enrolment, intro, onConfirmed }: {
  enrolment: SecondFactorEnrolment;
  intro?: ReactNode;
  onConfirmed: (result: SecondFactorEnrolled) => void;
}) {
  const { t } = useTranslation('auth');
  const confirm = useConfirmEnrolment();
  const [error, setError] = useState<string | null>(null);

  const onFinish = ({ code }: { code: string }) => {
    setError(null);
    confirm.mutate(code, { onSuccess: onConfirmed, onError: (e) => setError(e.message) });
  };

  return (
    <Flex vertical gap={12}>
      {intro}
      <Typography.Text>1. {t('secondFactor.enrolStep1')}</Typography.Text>
      <Typography.Text>2. {t('secondFactor.enrolStep2')}</Typography.Text>
      <Flex vertical align="center" gap={8}>
        <QRCode value={enrolment.uri} size={176} bordered={false} data-testid="second-factor-qr" />
        <Typography.Text type="secondary">
          {t('secondFactor.secretKey')}:{' '}
          <Typography.Text code copyable={{ text: enrolment.secret }} data-testid="second-factor-secret">
            {groupedKey(enrolment.secret)}
          </Typography.Text>
        </Typography.Text>
      </Flex>
      <Typography.Text>3. {t('secondFactor.enrolStep3')}</Typography.Text>
      {error ? <Alert type="error" showIcon role="alert" title={error} /> : null}
      <Form<{ code: string }> layout="vertical" requiredMark={false} onFinish={onFinish} disabled={confirm.isPending}>
        <Form.Item name="code" label={t('secondFactor.code')} rules={[{ required: true, whitespace: true, message: t('secondFactor.codeRequired') }]}>
          <Input autoComplete="one-time-code" inputMode="numeric" maxLength={32} size="large" autoFocus />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={confirm.isPending}>
          {t('secondFactor.confirm')}
        </Button>
      </Form>
    </Flex>
  );
}
