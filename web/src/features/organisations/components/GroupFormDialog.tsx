import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { createOrganisationGroupRequestSchema } from '@hongtu/contracts';
import { parseForm, zodRule } from '../../../lib/forms';
import { setFieldErrors, useApiFormErrors } from '../../../lib/useApiFormErrors';
import { useCreateGroup } from '../api';

const shape = createOrganisationGroupRequestSchema.shape;
const FIELDS = ['code', 'name'] as const;

/** A new district group (e.g. 中心城区); members are set afterwards. */
export function GroupFormDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ code: string; name: string }>();
  const create = useCreateGroup();
  const showErrors = useApiFormErrors(form, FIELDS);

  const submit = async () => {
    const parsed = parseForm(createOrganisationGroupRequestSchema, await form.validateFields(), t);
    if (!parsed.ok) return setFieldErrors(form, parsed.fields);
    create.mutate(parsed.data, {
      onSuccess: () => {
        void message.success(t('groups.created'));
        onClose();
      },
      onError: showErrors,
    });
  };

  return (
    <Modal
      open
      title={t('groups.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={create.isPending}
    >
      <Form form={form} layout="vertical">
        <Form.Item name="name" label={t('groups.fields.name')} rules={[zodRule(shape.name, t)]} required>
          <Input />
        </Form.Item>
        <Form.Item name="code" label={t('groups.fields.code')} rules={[zodRule(shape.code, t)]} required>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
