import { useState } from 'react';
import { Alert, Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SecondFactorProof } from '@hongtu/contracts';

/** Asks for a current code of the authenticator app, or the password, before a change to the second factor. */
export function ProofDialog({ title, open, pending, error, onSubmit, onClose }: {
  title: string;
  open: boolean;
  pending: boolean;
  error: string | null;
  onSubmit: (proof: SecondFactorProof) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('auth');
  const [by, setBy] = useState<'code' | 'password'>('code');
  const [form] = Form.useForm<{ value: string }>();

  const submit = async () => {
    const { value } = await form.validateFields();
    onSubmit(by === 'code' ? { code: value } : { password: value });
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={t('secondFactor.next')}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item label={t('secondFactor.proofBy')}>
          <Radio.Group value={by} onChange={(e) => { setBy(e.target.value as 'code' | 'password'); form.resetFields(); }}>
            <Radio value="code">{t('secondFactor.proofCode')}</Radio>
            <Radio value="password">{t('secondFactor.proofPassword')}</Radio>
          </Radio.Group>
        </Form.Item>
        {error ? <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} /> : null}
        <Form.Item
          name="value"
          label={by === 'code' ? t('secondFactor.code') : t('secondFactor.password')}
          rules={[{ required: true, whitespace: by === 'code', message: t('secondFactor.codeRequired') }]}
        >
          {by === 'code' ? <Input autoComplete="one-time-code" inputMode="numeric" maxLength={32} autoFocus /> : <Input.Password autoComplete="current-password" autoFocus />}
        </Form.Item>
      </Form>
    </Modal>
  );
}
