import { App, Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { createUserRequestSchema, updateUserRequestSchema, type Organisation, type Role, type User } from '@hongtu/contracts';
import { OrganisationSelect } from '../../../components/OrganisationSelect';
import { isApiError } from '../../../api/client';
import { parseForm, zodRule } from '../../../lib/forms';
import { roleOptions } from '../../../lib/labels';
import { setFieldErrors, useApiFormErrors } from '../../../lib/useApiFormErrors';
import { useCreateUser, useUpdateUser } from '../api';
import { PasswordFields } from './PasswordFields';

interface Values {
  username: string;
  displayName: string;
  role: Role;
  organisationId: number | null;
  password: string;
  confirm: string;
}

interface Props {
  organisations: readonly Organisation[];
  /** The user to edit; absent to create one. */
  editing?: User;
  onClose: () => void;
}

const shape = createUserRequestSchema.shape;
const FIELDS = ['username', 'displayName', 'role', 'organisationId', 'password'] as const;

/** Create a user (with an initial password) or change a user's name, role and organisation. */
export function UserFormDialog({ organisations, editing, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateUser();
  const update = useUpdateUser(editing?.id ?? 0);
  const showErrors = useApiFormErrors(form, FIELDS);

  const failed = (error: unknown) => {
    if (isApiError(error, 409) && error.code === 'STALE_VERSION') {
      void message.warning(error.message);
      onClose();
    } else showErrors(error);
  };
  const done = (key: 'users.created' | 'common.saved') => {
    void message.success(t(key));
    onClose();
  };

  const submit = async () => {
    const { confirm: _confirm, ...values } = await form.validateFields();
    if (editing) {
      const parsed = parseForm(updateUserRequestSchema, { displayName: values.displayName, role: values.role, organisationId: values.organisationId, version: editing.version }, t);
      if (!parsed.ok) return setFieldErrors(form, parsed.fields);
      update.mutate(parsed.data, { onSuccess: () => done('common.saved'), onError: failed });
    } else {
      const parsed = parseForm(createUserRequestSchema, values, t);
      if (!parsed.ok) return setFieldErrors(form, parsed.fields);
      create.mutate(parsed.data, { onSuccess: () => done('users.created'), onError: failed });
    }
  };

  return (
    <Modal
      open
      title={editing ? t('users.editTitle') : t('users.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={create.isPending || update.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={editing ? { displayName: editing.displayName, role: editing.role, organisationId: editing.organisationId } : undefined}
      >
        {editing ? (
          <Form.Item label={t('users.fields.username')}>
            <Typography.Text code>{editing.username}</Typography.Text>
          </Form.Item>
        ) : (
          <Form.Item name="username" label={t('users.fields.username')} rules={[zodRule(shape.username, t)]} required>
            <Input autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item name="displayName" label={t('users.fields.displayName')} rules={[zodRule(shape.displayName, t)]} required>
          <Input />
        </Form.Item>
        <Form.Item name="role" label={t('users.fields.role')} rules={[zodRule(shape.role, t)]} required>
          <Select options={roleOptions(t)} />
        </Form.Item>
        <Form.Item name="organisationId" label={t('users.fields.organisation')} rules={[zodRule(shape.organisationId, t)]} required>
          <OrganisationSelect organisations={organisations} />
        </Form.Item>
        {editing ? null : <PasswordFields label={t('users.fields.password')} confirmLabel={t('users.fields.confirmPassword')} />}
      </Form>
    </Modal>
  );
}
