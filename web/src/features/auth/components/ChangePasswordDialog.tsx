import { Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { changePasswordRequestSchema, type ChangePasswordRequest } from '@hongtu/contracts';
import { setFieldErrors, useApiFormErrors } from '../../../lib/useApiFormErrors';
import { parseForm, zodRule } from '../../../lib/forms';
import { useChangePassword } from '../api';

type Values = ChangePasswordRequest & { confirm: string };
const shape = changePasswordRequestSchema.shape;
const FIELDS = ['currentPassword', 'newPassword'] as const;

/** Changing the password ends every session, so success leads back to the login page. */
export function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const showErrors = useApiFormErrors(form, FIELDS);

  const submit = async () => {
    const { confirm: _confirm, ...values } = await form.validateFields();
    const parsed = parseForm(changePasswordRequestSchema, values, t);
    if (!parsed.ok) return setFieldErrors(form, parsed.fields);
    // On success the hook reloads into the login page.
    change.mutate(parsed.data, { onError: showErrors });
  };

  return (
    <Modal
      open={open}
      title={t('auth.changePasswordTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={change.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="currentPassword" label={t('auth.currentPassword')} rules={[zodRule(shape.currentPassword, t)]} required>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('auth.newPassword')}
          rules={[zodRule(shape.newPassword, t)]}
          extra={<Typography.Text type="secondary">{t('auth.passwordHint')}</Typography.Text>}
          required
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('auth.confirmPassword')}
          dependencies={['newPassword']}
          required
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_rule, value) => {
                if (!value) throw new Error(t('validation.required'));
                if (value !== getFieldValue('newPassword')) throw new Error(t('validation.passwordMismatch'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
