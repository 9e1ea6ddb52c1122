import { App, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { resetPasswordRequestSchema, type User } from '@hongtu/contracts';
import { parseForm } from '../../../lib/forms';
import { setFieldErrors, useApiFormErrors } from '../../../lib/useApiFormErrors';
import { useResetPassword } from '../api';
import { PasswordFields } from './PasswordFields';

const FIELDS = ['password'] as const;

/** Sets a new password for a user; the server ends that user's sessions. */
export function ResetPasswordDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const { t: own } = useTranslation('users');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string; confirm: string }>();
  const reset = useResetPassword(user.id);
  const showErrors = useApiFormErrors(form, FIELDS);

  const submit = async () => {
    const { password } = await form.validateFields();
    const parsed = parseForm(resetPasswordRequestSchema, { password }, t);
    if (!parsed.ok) return setFieldErrors(form, parsed.fields);
    reset.mutate(parsed.data.password, {
      onSuccess: () => {
        void message.success(t('users.passwordReset'));
        onClose();
      },
      onError: showErrors,
    });
  };

  return (
    <Modal
      open
      title={t('users.resetPasswordTitle', { name: user.displayName })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={reset.isPending}
    >
      <Form form={form} layout="vertical">
        <PasswordFields label={t('users.fields.newPassword')} confirmLabel={t('users.fields.confirmPassword')} username={user.username} note={own('password.resetHint')} />
      </Form>
    </Modal>
  );
}
