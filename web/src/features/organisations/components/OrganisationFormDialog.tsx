import { useCallback } from 'react';
import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  createOrganisationRequestSchema,
  updateOrganisationRequestSchema,
  type Organisation,
  type OrganisationKind,
} from '@hongtu/contracts';
import { OrganisationSelect } from '../../../components/OrganisationSelect';
import { isApiError } from '../../../api/client';
import { parseForm, zodRule } from '../../../lib/forms';
import { kindOptions } from '../../../lib/labels';
import { setFieldErrors, useApiFormErrors } from '../../../lib/useApiFormErrors';
import { useCreateOrganisation, useUpdateOrganisation } from '../api';
import { ancestry } from '../orgTree';

interface Values {
  code: string;
  name: string;
  kind: OrganisationKind;
  parentId: number | null;
  divisionCode?: string;
}

interface Props {
  organisations: readonly Organisation[];
  /** The organisation to edit; absent to create one. */
  editing?: Organisation;
  defaultParentId?: number | null;
  onClose: () => void;
  onSaved?: (organisation: Organisation) => void;
}

const shape = createOrganisationRequestSchema.shape;
const FIELDS = ['code', 'name', 'kind', 'parentId', 'divisionCode'] as const;

/** Create or edit an organisation; the contracts schemas validate the form before the server does. */
export function OrganisationFormDialog({ organisations, editing, defaultParentId = null, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateOrganisation();
  const update = useUpdateOrganisation(editing?.id ?? 0);
  const showErrors = useApiFormErrors(form, FIELDS);
  // Not under itself or its own descendants.
  const selectable = useCallback(
    (org: Organisation) => !editing || !ancestry(organisations, org.id).some((a) => a.id === editing.id),
    [editing, organisations],
  );

  const done = (saved: Organisation) => {
    void message.success(editing ? t('common.saved') : t('organisations.created'));
    onSaved?.(saved);
    onClose();
  };
  const failed = (error: unknown) => {
    if (isApiError(error, 409) && error.code === 'STALE_VERSION') {
      void message.warning(t('organisations.staleReloaded'));
      onClose();
      return;
    }
    showErrors(error);
  };

  const submit = async () => {
    const values = await form.validateFields();
    if (editing) {
      const parsed = parseForm(updateOrganisationRequestSchema, { code: values.code, name: values.name, parentId: values.parentId, version: editing.version }, t);
      if (!parsed.ok) return setFieldErrors(form, parsed.fields);
      update.mutate(parsed.data, { onSuccess: done, onError: failed });
    } else {
      const parsed = parseForm(createOrganisationRequestSchema, { ...values, parentId: values.parentId ?? null }, t);
      if (!parsed.ok) return setFieldErrors(form, parsed.fields);
      create.mutate(parsed.data, { onSuccess: done, onError: failed });
    }
  };

  const initialValues: Partial<Values> = editing
    ? { code: editing.code, name: editing.name, kind: editing.kind, parentId: editing.parentId, divisionCode: editing.divisionCode ?? undefined }
    : { parentId: defaultParentId };

  return (
    <Modal
      open
      title={editing ? t('organisations.editTitle') : t('organisations.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initialValues}>
        <Form.Item name="name" label={t('organisations.fields.name')} rules={[zodRule(shape.name, t)]} required>
          <Input />
        </Form.Item>
        <Form.Item name="code" label={t('organisations.fields.code')} rules={[zodRule(shape.code, t)]} required>
          <Input />
        </Form.Item>
        <Form.Item name="kind" label={t('organisations.fields.kind')} rules={[zodRule(shape.kind, t)]} required>
          <Select options={kindOptions(t)} disabled={Boolean(editing)} />
        </Form.Item>
        <Form.Item name="parentId" label={t('organisations.fields.parent')}>
          <OrganisationSelect organisations={organisations} selectable={selectable} allowClear />
        </Form.Item>
        {editing ? null : (
          <Form.Item name="divisionCode" label={t('organisations.fields.divisionCode')} rules={[zodRule(shape.divisionCode, t)]}>
            <Input inputMode="numeric" maxLength={6} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
