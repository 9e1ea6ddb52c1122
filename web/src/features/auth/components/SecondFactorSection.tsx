import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Flex, Form, Input, Modal, Tag, Typography } from 'antd';
import { SafetyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { SecondFactorEnrolment, SecondFactorProof } from '@hongtu/contracts';
import { PageState } from '../../../components/PageState';
import { formatShanghai } from '../../../lib/time';
import { useDisableSecondFactor, useRegenerateRecoveryCodes, useSecondFactorStatus, useStartEnrolment } from '../api';
import { EnrolSecondFactor } from './EnrolSecondFactor';
import { ProofDialog } from './ProofDialog';
import { RecoveryCodesList } from './RecoveryCodesList';

type Dialog = { kind: 'password' } | { kind: 'enrol'; enrolment: SecondFactorEnrolment } | { kind: 'codes'; codes: string[] } | { kind: 'disable' } | { kind: 'regenerate' };

/**
 * Two-step verification on the user's own account page: its state, turning it on (password, QR
 * code, first code, recovery codes), new recovery codes and — for a role that does not require
 * it — turning it off, each change confirmed with a current code or the password.
 */
export function SecondFactorSection() {
  const { t } = useTranslation('auth');
  const { message } = App.useApp();
  const status = useSecondFactorStatus();
  const start = useStartEnrolment();
  const disable = useDisableSecondFactor();
  const regenerate = useRegenerateRecoveryCodes();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [passwordForm] = Form.useForm<{ password: string }>();

  const open = (next: Dialog | null) => {
    setError(null);
    setDialog(next);
  };
  const onPassword = async () => {
    const { password } = await passwordForm.validateFields();
    start.mutate(password, { onSuccess: (enrolment) => open({ kind: 'enrol', enrolment }), onError: (e) => setError(e.message) });
  };
  const onDisable = (proof: SecondFactorProof) =>
    disable.mutate(proof, { onSuccess: () => { open(null); void message.success(t('secondFactor.turnedOff')); }, onError: (e) => setError(e.message) });
  const onRegenerate = (proof: SecondFactorProof) =>
    regenerate.mutate(proof, { onSuccess: ({ recoveryCodes }) => { open({ kind: 'codes', codes: recoveryCodes }); void message.success(t('secondFactor.regenerated')); }, onError: (e) => setError(e.message) });

  if (!status.data) return <PageState loading={status.isPending} error={status.error} onRetry={() => void status.refetch()} />;
  const { enrolled, required, enrolledAt, recoveryCodesLeft } = status.data;

  return (
    <Card title={<><SafetyOutlined /> {t('secondFactor.title')}</>} data-testid="second-factor-section">
      <Flex vertical gap={16}>
        <Typography.Text type="secondary">{required ? t('secondFactor.requiredForRole') : t('secondFactor.optionalForRole')}</Typography.Text>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('secondFactor.status')}>
            {enrolled ? <Tag color="green">{t('secondFactor.enabled')}</Tag> : <Tag>{t('secondFactor.disabled')}</Tag>}
          </Descriptions.Item>
          {enrolled ? <Descriptions.Item label={t('secondFactor.enabledAt')}>{formatShanghai(enrolledAt)}</Descriptions.Item> : null}
          {enrolled ? <Descriptions.Item label={t('secondFactor.recoveryLeft')}>{t('secondFactor.recoveryLeftValue', { count: recoveryCodesLeft })}</Descriptions.Item> : null}
        </Descriptions>
        <Flex gap={8} wrap>
          {enrolled ? (
            <>
              <Button onClick={() => open({ kind: 'regenerate' })}>{t('secondFactor.regenerate')}</Button>
              {required ? null : <Button danger onClick={() => open({ kind: 'disable' })}>{t('secondFactor.disable')}</Button>}
            </>
          ) : (
            <Button type="primary" onClick={() => open({ kind: 'password' })}>{t('secondFactor.enable')}</Button>
          )}
        </Flex>
      </Flex>

      <Modal
        open={dialog?.kind === 'password' || dialog?.kind === 'enrol' || dialog?.kind === 'codes'}
        title={dialog?.kind === 'codes' ? null : t('secondFactor.enrolTitle')}
        footer={dialog?.kind === 'password' ? undefined : null}
        okText={t('secondFactor.next')}
        onOk={() => void onPassword().catch(() => undefined)}
        confirmLoading={start.isPending}
        onCancel={() => open(null)}
        maskClosable={false}
        destroyOnHidden
      >
        {dialog?.kind === 'password' ? (
          <Form form={passwordForm} layout="vertical" preserve={false}>
            <Typography.Paragraph type="secondary">{t('secondFactor.passwordPrompt')}</Typography.Paragraph>
            {error ? <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} /> : null}
            <Form.Item name="password" label={t('secondFactor.password')} rules={[{ required: true, message: t('secondFactor.passwordPrompt') }]}>
              <Input.Password autoComplete="current-password" autoFocus />
            </Form.Item>
          </Form>
        ) : dialog?.kind === 'enrol' ? (
          <EnrolSecondFactor
            enrolment={dialog.enrolment}
            onConfirmed={({ recoveryCodes }) => { open({ kind: 'codes', codes: recoveryCodes }); void message.success(t('secondFactor.turnedOn')); }}
          />
        ) : dialog?.kind === 'codes' ? (
          <RecoveryCodesList codes={dialog.codes} onDone={() => open(null)} />
        ) : null}
      </Modal>
      <ProofDialog
        title={t('secondFactor.disable')}
        open={dialog?.kind === 'disable'}
        pending={disable.isPending}
        error={error}
        onSubmit={onDisable}
        onClose={() => open(null)}
      />
      <ProofDialog
        title={t('secondFactor.regenerate')}
        open={dialog?.kind === 'regenerate'}
        pending={regenerate.isPending}
        error={error}
        onSubmit={onRegenerate}
        onClose={() => open(null)}
      />
    </Card>
  );
}
