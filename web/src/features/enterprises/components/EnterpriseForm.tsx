import { useEffect } from 'react';
import { App, Button, Checkbox, Drawer, Form, Input, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ENTERPRISE_FLAGS, HEADQUARTERS_KINDS, LEGAL_FORMS, SIZE_CLASSES, type EnterpriseFlag } from '@hongtu/domain';
import { useApiFormErrors } from '../../../lib/useApiFormErrors';
import { useEnterprise, useSaveEnterprise, useServingOrganisations } from '../api';

const FIELDS = ['creditCode', 'name', 'formerNames', 'organisationId', 'legalForm', 'industryCode', 'address', 'sizeClass', 'headquartersKind', 'flags'] as const;

interface Values {
  creditCode?: string;
  name: string;
  formerNames?: string;
  organisationId?: number;
  legalForm?: string | null;
  industryCode?: string;
  address?: string;
  sizeClass?: string | null;
  headquartersKind?: string;
  flags?: EnterpriseFlag[];
}

/** The record form in a drawer (full width on a phone): a new record, or an edit at the version read. */
export function EnterpriseForm({ id, open, onClose }: { id: number | undefined; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('enterprises');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const record = useEnterprise(id);
  const organisations = useServingOrganisations(open);
  const save = useSaveEnterprise(id);
  const showError = useApiFormErrors(form, FIELDS);

  useEffect(() => {
    if (!open) return;
    const r = record.data;
    form.resetFields();
    if (id !== undefined && r) {
      form.setFieldsValue({
        creditCode: r.creditCode, name: r.name, formerNames: r.formerNames.join('\n'), organisationId: r.organisationId, legalForm: r.legalForm,
        industryCode: r.industryCode ?? '', address: r.address ?? '', sizeClass: r.sizeClass, headquartersKind: r.headquartersKind ?? 'none',
        flags: ENTERPRISE_FLAGS.filter((f) => r.flags[f]),
      });
    }
  }, [open, id, record.data, form]);

  const submit = async (v: Values) => {
    const flags = Object.fromEntries(ENTERPRISE_FLAGS.map((f) => [f, (v.flags ?? []).includes(f)]));
    const fields = {
      name: v.name, formerNames: (v.formerNames ?? '').split('\n').map((s) => s.trim()).filter(Boolean), organisationId: v.organisationId,
      legalForm: (v.legalForm ?? null) as never, industryCode: v.industryCode?.trim() ? v.industryCode.trim() : null, address: v.address?.trim() ? v.address : null,
      sizeClass: (v.sizeClass ?? null) as never, headquartersKind: (v.headquartersKind && v.headquartersKind !== 'none' ? v.headquartersKind : null) as never, flags,
    };
    try {
      await save.mutateAsync(id === undefined ? { creditCode: v.creditCode ?? '', ...fields } : { version: record.data!.version, ...fields });
      void message.success(t('saved'));
      onClose();
    } catch (error) {
      showError(error);
    }
  };

  return (
    <Drawer open={open} onClose={onClose} title={id === undefined ? t('newTitle') : t('editTitle')} width="min(560px, 100vw)" destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ headquartersKind: 'none', flags: [] }}>
        <Form.Item name="creditCode" label={t('fields.creditCode')} rules={[{ required: true }]}>
          <Input maxLength={40} disabled={id !== undefined} autoComplete="off" />
        </Form.Item>
        <Form.Item name="name" label={t('fields.name')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        {record.data && id !== undefined ? (
          <Typography.Paragraph type="secondary">{t('fields.pinyin')}: {record.data.namePinyin} / {record.data.nameInitials}</Typography.Paragraph>
        ) : null}
        <Form.Item name="formerNames" label={t('fields.formerNames')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Form.Item name="organisationId" label={t('fields.organisation')}>
          <Select allowClear options={(organisations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))} />
        </Form.Item>
        <Form.Item name="legalForm" label={t('fields.legalForm')}>
          <Select allowClear options={LEGAL_FORMS.map((f) => ({ value: f, label: t(`legalForm.${f}`) }))} />
        </Form.Item>
        <Form.Item name="industryCode" label={t('fields.industryCode')}>
          <Input maxLength={3} />
        </Form.Item>
        <Form.Item name="address" label={t('fields.address')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="sizeClass" label={t('fields.sizeClass')}>
          <Select allowClear options={SIZE_CLASSES.map((s) => ({ value: s, label: t(`sizeClass.${s}`) }))} />
        </Form.Item>
        <Form.Item name="headquartersKind" label={t('fields.headquartersKind')}>
          <Select options={(['none', ...HEADQUARTERS_KINDS] as const).map((k) => ({ value: k, label: t(`headquartersKind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="flags" label={t('fields.flags')}>
          <Checkbox.Group options={ENTERPRISE_FLAGS.map((f) => ({ value: f, label: t(`flag.${f}`) }))} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending}>{t('save')}</Button>
          <Button onClick={onClose}>{t('cancel')}</Button>
        </Space>
      </Form>
    </Drawer>
  );
}
