import { Alert, Button, Flex, Form, Input, Typography } from 'antd';
import { KeyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { passwordSchema, passwordUsernameProblem, type Me } from '@hongtu/contracts';
import { isApiError } from '../../../api/client';
import { zodRule } from '../../../lib/forms';
import { useApiFormErrors } from '../../../lib/useApiFormErrors';
import { useChoosePassword } from '../api';

interface Values {
  newPassword: string;
  confirm: string;
}

/**
 * The password step of a sign-in: the administrator set this user's password (a new account, a
 * reset), so the user chooses their own before anything else. The same rule as everywhere; the
 * user name is checked here too, so "contains the user name" is said before the server says it.
 */
export function ChoosePasswordForm({ username, onSignedIn, onSessionEnded, onCancel }: {
  username: string;
  onSignedIn: (me: Me) => void;
  onSessionEnded: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('auth');
  const { t: shell } = useTranslation();
  const choose = useChoosePassword();
  const [form] = Form.useForm<Values>();
  const showErrors = useApiFormErrors(form, ['newPassword']);

  const onFinish = ({ newPassword }: Values) =>
    choose.mutate(newPassword, {
      onSuccess: onSignedIn,
      onError: (e) => (isApiError(e, 401) || isApiError(e, 409) ? onSessionEnded(e.message) : showErrors(e)),
    });

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        <KeyOutlined /> {t('passwordStep.title')}
      </Typography.Title>
      <Alert type="info" showIcon title={t('passwordStep.intro')} />
      <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={onFinish} disabled={choose.isPending}>
        <Form.Item
          name="newPassword"
          label={t('passwordStep.newPassword')}
          extra={<Typography.Text type="secondary">{shell('auth.passwordHint')}</Typography.Text>}
          rules={[
            zodRule(passwordSchema, shell),
            {
              validator: async (_rule, value: string | undefined) => {
                const problem = value ? passwordUsernameProblem(value, username) : null;
                if (problem) throw new Error(t(problem === 'is_username' ? 'passwordStep.isUsername' : 'passwordStep.containsUsername'));
              },
            },
          ]}
        >
          <Input.Password autoComplete="new-password" size="large" autoFocus />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('passwordStep.confirm')}
          dependencies={['newPassword']}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_rule, value) => {
                if (!value) throw new Error(shell('validation.required'));
                if (value !== getFieldValue('newPassword')) throw new Error(shell('validation.passwordMismatch'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" size="large" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={choose.isPending}>
          {t('passwordStep.submit')}
        </Button>
      </Form>
      <Button type="link" size="small" style={{ padding: 0, alignSelf: 'flex-end' }} onClick={onCancel}>
        {t('secondFactor.backToLogin')}
      </Button>
    </Flex>
  );
}
