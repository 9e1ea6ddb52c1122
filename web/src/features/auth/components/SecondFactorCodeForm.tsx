import { useState } from 'react';
import { Alert, Button, Flex, Form, Input, Typography } from 'antd';
import { SafetyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Me } from '@hongtu/contracts';
import { isApiError } from '../../../api/client';
import { useVerifySecondFactor } from '../api';

/**
 * The second step of a sign-in: a code of the authenticator app, or a recovery code. A lock or an
 * expired step ends the waiting session: `onSessionEnded` sends the user back to the password.
 */
export function SecondFactorCodeForm({ onSignedIn, onSessionEnded, onCancel }: {
  onSignedIn: (me: Me) => void;
  onSessionEnded: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('auth');
  const verify = useVerifySecondFactor();
  const [recovery, setRecovery] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<{ code: string }>();

  const onFinish = ({ code }: { code: string }) => {
    setError(null);
    verify.mutate(code, {
      onSuccess: onSignedIn,
      onError: (e) => {
        if (isApiError(e, 401) || isApiError(e, 423) || isApiError(e, 429)) return onSessionEnded(e.message);
        form.resetFields();
        setError(e.message);
      },
    });
  };

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        <SafetyOutlined /> {t('secondFactor.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{recovery ? t('secondFactor.recoveryIntro') : t('secondFactor.verifyIntro')}</Typography.Text>
      {error ? <Alert type="error" showIcon role="alert" title={error} /> : null}
      <Form<{ code: string }> form={form} layout="vertical" requiredMark={false} onFinish={onFinish} disabled={verify.isPending}>
        <Form.Item
          name="code"
          label={recovery ? t('secondFactor.recoveryCode') : t('secondFactor.code')}
          rules={[{ required: true, whitespace: true, message: t('secondFactor.codeRequired') }]}
        >
          {recovery ? (
            <Input autoComplete="off" maxLength={32} size="large" autoFocus />
          ) : (
            <Input autoComplete="one-time-code" inputMode="numeric" maxLength={32} size="large" autoFocus />
          )}
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={verify.isPending}>
          {t('secondFactor.verify')}
        </Button>
      </Form>
      <Flex justify="space-between">
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => { setRecovery(!recovery); setError(null); form.resetFields(); }}>
          {recovery ? t('secondFactor.useAuthenticator') : t('secondFactor.useRecoveryCode')}
        </Button>
        <Button type="link" size="small" style={{ padding: 0 }} onClick={onCancel}>
          {t('secondFactor.backToLogin')}
        </Button>
      </Flex>
    </Flex>
  );
}
