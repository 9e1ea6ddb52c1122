import { useCallback } from 'react';
import { App, Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { createUserRequestSchema, phoneSchema, positionSchema, updateUserRequestSchema, type Organisation, type Role, type User } from '@hongtu/contracts';
import { mayBelongTo } from '@hongtu/domain';
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
  position?: string;
  phone?: string;
  password: string;
  confirm: string;
}

/** An optional field checked by its contract schema when filled; `message` says what is wrong. */
async function optional(schema: { safeParse: (v: unknown) => { success: boolean } }, value: string | undefined, message: string): Promise<void> {
  if (value?.trim() && !schema.safeParse(value).success) throw new Error(message);
}

interface Props {
  organisations: readonly Organisation[];
  /** The user to edit; absent to create one. */
  editing?: User;
  onClose: () => void;
}

const shape = createUserRequestSchema.shape;
const FIELDS = ['username', 'displayName', 'role', 'organisationId', 'position', 'phone', 'password'] as const;

/** An optional text field as the API takes it: blank is none. */
const orNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/** Create a user (with an initial password) or change a user's name, role and organisation. */
export function UserFormDialog({ organisations, editing, onClose }: Props) {
  const { t } = useTranslation();
  const { t: own } = useTranslation('users');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const role = Form.useWatch('role', form) ?? editing?.role;
  // Only the organisations the chosen role may belong to can be picked (a district operator: districts and zones).
  const selectable = useCallback((org: Organisation) => (role ? mayBelongTo(role, org.kind) : true), [role]);
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
    const { confirm: _confirm, position, phone, ...rest } = await form.validateFields();
    const values = { ...rest, position: orNull(position), phone: orNull(phone) };
    if (editing) {
      const parsed = parseForm(updateUserRequestSchema, {
        displayName: values.displayName, role: values.role, organisationId: values.organisationId,
        position: values.position,
        // The list knows the number masked only: an empty field keeps it, a typed one replaces it.
        ...(values.phone !== null ? { phone: values.phone } : {}),
        version: editing.version,
      }, t);
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
        initialValues={editing ? { displayName: editing.displayName, role: editing.role, organisationId: editing.organisationId, position: editing.position ?? undefined } : undefined}
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
        <Form.Item
          name="organisationId"
          label={t('users.fields.organisation')}
          dependencies={['role']}
          extra={role === 'district_operator' ? own('organisation.forOperator') : undefined}
          rules={[
            zodRule(shape.organisationId, t),
            {
              validator: async (_rule, value: number | null | undefined) => {
                const org = organisations.find((o) => o.id === value);
                if (org && role && !mayBelongTo(role, org.kind)) throw new Error(own('organisation.forOperator'));
              },
            },
          ]}
          required
        >
          <OrganisationSelect organisations={organisations} selectable={selectable} />
        </Form.Item>
        <Form.Item name="position" label={own('fields.position')} rules={[{ validator: async (_r, v: string | undefined) => optional(positionSchema, v, t('validation.tooLong', { max: 64 })) }]}>
          <Input autoComplete="organization-title" maxLength={64} />
        </Form.Item>
        <Form.Item
          name="phone"
          label={own('fields.phone')}
          extra={editing?.maskedPhone ? `${editing.maskedPhone} · ${own('phone.hint')}` : own('phone.hint')}
          rules={[{ validator: async (_r, v: string | undefined) => optional(phoneSchema, v, own('phone.invalid')) }]}
        >
          <Input autoComplete="tel" inputMode="tel" maxLength={20} />
        </Form.Item>
        {editing ? null : (
          <PasswordFields label={t('users.fields.password')} confirmLabel={t('users.fields.confirmPassword')} note={own('password.initialHint')} />
        )}
      </Form>
    </Modal>
  );
}
