import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { passwordSchema, passwordUsernameProblem } from '@hongtu/contracts';
import { zodRule } from '../../../lib/forms';

interface Props {
  label: string;
  confirmLabel: string;
  /** The user name the password must neither be nor contain: given, or read from the form's `username` field. */
  username?: string;
  /** What happens to this password (the user replaces it at the next sign-in). */
  note?: string;
}

/**
 * A new password (checked by the shared password rule, and against the user name so that "contains
 * the user name" is said at once) and its confirmation; fields `password` and `confirm`.
 */
export function PasswordFields({ label, confirmLabel, username, note }: Props) {
  const { t } = useTranslation();
  const { t: own } = useTranslation('users');
  return (
    <>
      <Form.Item
        name="password"
        label={label}
        dependencies={username === undefined ? ['username'] : []}
        rules={[
          zodRule(passwordSchema, t),
          ({ getFieldValue }) => ({
            validator: async (_rule, value: string | undefined) => {
              const name = username ?? (getFieldValue('username') as string | undefined) ?? '';
              const problem = value ? passwordUsernameProblem(value, name) : null;
              if (problem) throw new Error(own(problem === 'is_username' ? 'password.isUsername' : 'password.containsUsername'));
            },
          }),
        ]}
        extra={note ? <>{t('auth.passwordHint')}<br />{note}</> : t('auth.passwordHint')}
        required
      >
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
