import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { passwordSchema } from '@hongtu/contracts';
import { zodRule } from '../../../lib/forms';

/** A new password (checked by the shared password rule) and its confirmation; fields `password` and `confirm`. */
export function PasswordFields({ label, confirmLabel }: { label: string; confirmLabel: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="password" label={label} rules={[zodRule(passwordSchema, t)]} extra={t('auth.passwordHint')} required>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={confirmLabel}
        dependencies={['password']}
        required
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_rule, value) => {
              if (!value) throw new Error(t('validation.required'));
              if (value !== getFieldValue('password')) throw new Error(t('validation.passwordMismatch'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
