import { App, Form, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { setGroupMembersRequestSchema, type Organisation, type OrganisationGroup } from '@hongtu/contracts';
import { isReportingUnit } from '@hongtu/domain';
import { parseForm, zodRule } from '../../../lib/forms';
import { setFieldErrors, useApiFormErrors } from '../../../lib/useApiFormErrors';
import { useSetGroupMembers } from '../api';

const FIELDS = ['organisationIds'] as const;

/** Chooses a group's members among the districts and zones in scope. */
export function GroupMembersDialog({ group, organisations, onClose }: { group: OrganisationGroup; organisations: readonly Organisation[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ organisationIds: number[] }>();
  const save = useSetGroupMembers();
  const showErrors = useApiFormErrors(form, FIELDS);
  const options = organisations
    .filter((o) => isReportingUnit(o.kind))
    .map((o) => ({ value: o.id, label: o.name }));

  const submit = async () => {
    const parsed = parseForm(setGroupMembersRequestSchema, await form.validateFields(), t);
    if (!parsed.ok) return setFieldErrors(form, parsed.fields);
    save.mutate(
      { id: group.id, organisationIds: parsed.data.organisationIds },
      {
        onSuccess: () => {
          void message.success(t('groups.membersSaved'));
          onClose();
        },
        onError: showErrors,
      },
    );
  };

  return (
    <Modal
      open
      title={t('groups.editMembersTitle', { name: group.name })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={save.isPending}
    >
      <Form form={form} layout="vertical" initialValues={{ organisationIds: group.memberIds }}>
        <Form.Item
          name="organisationIds"
          label={t('groups.fields.members')}
          rules={[zodRule(setGroupMembersRequestSchema.shape.organisationIds, t)]}
        >
          <Select mode="multiple" options={options} showSearch={{ optionFilterProp: 'label' }} allowClear />
        </Form.Item>
      </Form>
    </Modal>
  );
}
