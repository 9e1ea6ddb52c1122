import { isReportingUnit } from '@hongtu/domain';
import { useState } from 'react';
import { App, Form, Input, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PortalOpportunityInput } from '@hongtu/contracts/portal';
import { useOrganisations } from '../../organisations/public';
import { useCreateOpportunity, useProjectSearch } from '../api';

interface Values {
  kind: 'project' | 'land';
  projectId?: number;
  districtId?: number;
  title: string;
  summary: string;
  areaMu?: string;
  plannedUse?: string;
  location?: string;
  conditions?: string;
  contactOffice: string;
  contactPhone: string;
}

/** A new opportunity, saved as a draft: a major project of the library or a land parcel of a district. */
export function OpportunityDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('portal');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'land';
  const [search, setSearch] = useState('');
  const projects = useProjectSearch(search);
  const organisations = useOrganisations();
  const create = useCreateOpportunity();
  const districts = (organisations.data ?? []).filter((o) => isReportingUnit(o.kind));
  const required = [{ required: true, message: t('form.required') }];

  const submit = async () => {
    const v = await form.validateFields();
    const common = { title: v.title, summary: v.summary, contactOffice: v.contactOffice, contactPhone: v.contactPhone };
    const body: PortalOpportunityInput = v.kind === 'project'
      ? { kind: 'project', projectId: v.projectId!, ...common }
      : { kind: 'land', districtId: v.districtId!, areaMu: v.areaMu ?? '', plannedUse: v.plannedUse ?? '', location: v.location ?? '', conditions: v.conditions, ...common };
    create.mutate(body, {
      onSuccess: () => {
        void message.success(t('created'));
        onClose();
      },
      onError: (e) => void message.error(e.message),
    });
  };

  return (
    <Modal open title={t('add')} okText={t('form.save')} cancelText={t('form.cancel')} onOk={() => void submit()} onCancel={onClose} confirmLoading={create.isPending} width={640}>
      <Form form={form} layout="vertical" initialValues={{ kind: 'land' }}>
        <Form.Item name="kind" label={t('form.kind')}>
          <Radio.Group options={[{ value: 'land', label: t('kind.land') }, { value: 'project', label: t('kind.project') }]} />
        </Form.Item>
        {kind === 'project' ? (
          <Form.Item name="projectId" label={t('form.project')} rules={required}>
            <Select showSearch filterOption={false} onSearch={setSearch} placeholder={t('form.projectSearch')} loading={projects.isFetching}
              options={(projects.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name}（${p.organisationName}）` }))} />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="districtId" label={t('form.district')} rules={required}>
              <Select showSearch optionFilterProp="label" options={districts.map((d) => ({ value: d.id, label: d.name }))} />
            </Form.Item>
            <Form.Item name="areaMu" label={t('form.areaMu')} rules={[...required, { pattern: /^\d{1,7}(\.\d{1,2})?$/, message: t('form.areaMu') }]}><Input inputMode="decimal" /></Form.Item>
            <Form.Item name="plannedUse" label={t('form.plannedUse')} rules={required}><Input maxLength={60} /></Form.Item>
            <Form.Item name="location" label={t('form.location')} rules={required}><Input maxLength={200} /></Form.Item>
            <Form.Item name="conditions" label={t('form.conditions')}><Input.TextArea maxLength={1000} rows={2} /></Form.Item>
          </>
        )}
        <Form.Item name="title" label={t('form.title')} rules={required}><Input maxLength={120} /></Form.Item>
        <Form.Item name="summary" label={t('form.summary')} rules={required}><Input.TextArea maxLength={2000} rows={3} /></Form.Item>
        <Form.Item name="contactOffice" label={t('form.contactOffice')} rules={required}><Input maxLength={80} /></Form.Item>
        <Form.Item name="contactPhone" label={t('form.contactPhone')} extra={t('form.phoneHelp')} rules={[...required, { pattern: /^[0-9()\-+ ]{7,20}$/, message: t('form.phoneHelp') }]}>
          <Input inputMode="tel" maxLength={20} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
