import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { App, Button, Checkbox, DatePicker, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LEAD_SOURCES, LEAD_STAGES, type LeadStage } from '@hongtu/domain';
import type { LeadItem } from '@hongtu/contracts/investment';
import { isApiError } from '../../../api/client';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { fmtValue } from '../../../lib/format';
import { useCan } from '../../auth/public';
import { EnterprisePicker } from '../../enterprises/public';
import { downloadLeads, useInvestmentWrite, useLeads, useLocale } from '../api';

/** /investment — the district's (or the city's) leads by stage, stale ones flagged; a new lead recorded in a dialog (on a phone too). */
export function LeadsPage() {
  const { t } = useTranslation('investment');
  const locale = useLocale();
  const navigate = useNavigate();
  const mayManage = useCan('lead.manage');
  const [stage, setStage] = useState<LeadStage | undefined>();
  const [staleOnly, setStaleOnly] = useState(false);
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState(false);
  const { message } = App.useApp();
  const filters = { stage, q: q || undefined, stale: staleOnly ? ('true' as const) : undefined };
  const leads = useLeads({ ...filters, page, pageSize: 20 });
  if (!leads.data) return <PageState loading={leads.isLoading} error={leads.error} onRetry={() => void leads.refetch()} />;
  return (
    <>
      <PageHeader title={t('title')} extra={[
        mayManage ? <Button key="new" type="primary" onClick={() => setOpen(true)}>{t('newLead')}</Button> : null,
        <Button key="export" onClick={() => void downloadLeads(filters).catch((e: Error) => void message.error(e.message))}>{t('export')}</Button>,
      ]} />
      <Space wrap style={{ marginBottom: 12 }}>
        <Select allowClear placeholder={t('filter.stage')} style={{ width: 140 }} value={stage} onChange={(v) => { setStage(v); setPage(1); }}
          options={LEAD_STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))} aria-label={t('filter.stage')} />
        <Input.Search allowClear placeholder={t('filter.search')} style={{ width: 220 }} onSearch={(v) => { setQ(v.trim()); setPage(1); }} aria-label={t('filter.search')} />
        <Checkbox checked={staleOnly} onChange={(e) => { setStaleOnly(e.target.checked); setPage(1); }}>{t('filter.stale')}</Checkbox>
      </Space>
      <Typography.Paragraph type="secondary">{t('staleHint', { days: leads.data.staleDays })}</Typography.Paragraph>
      <Table<LeadItem>
        rowKey="id"
        size="small"
        scroll={{ x: 900 }}
        dataSource={leads.data.items}
        locale={{ emptyText: t('empty') }}
        pagination={{ current: page, pageSize: 20, total: leads.data.total, onChange: setPage, showSizeChanger: false }}
        onRow={(row) => ({ onClick: () => void navigate(`/investment/leads/${row.id}`) })}
        columns={[
          { title: t('columns.projectName'), key: 'name', render: (_, r) => <Link to={`/investment/leads/${r.id}`}>{r.projectName}</Link> },
          { title: t('columns.district'), dataIndex: 'organisationName' },
          { title: t('columns.stage'), key: 'stage', render: (_, r) => (
            <Space size={4} wrap>
              <Tag color="blue">{t(`stage.${r.stage}`)}</Tag>
              {r.stale && <Tag color="orange">{t('stale', { days: r.idleDays })}</Tag>}
              {r.duplicate && <Tag color="red">{t('duplicate')}</Tag>}
            </Space>
          ) },
          { title: t('columns.intended'), key: 'intended', align: 'right', render: (_, r) => fmtValue(r.intendedInvestment, 'yi_yuan', locale) },
          { title: t('columns.source'), key: 'source', render: (_, r) => t(`source.${r.source}`) },
          { title: t('columns.contact'), key: 'contact', render: (_, r) => `${r.contactName} ${r.contactPhoneMasked}`.trim() },
          { title: t('columns.nextStep'), key: 'next', render: (_, r) => [r.nextStep, r.nextStepOn].filter(Boolean).join(' · ') },
          { title: t('columns.lastActivity'), dataIndex: 'lastActivityOn' },
        ]}
      />
      {open && <NewLeadDialog onClose={() => setOpen(false)} onCreated={(id) => void navigate(`/investment/leads/${id}`)} />}
    </>
  );
}

interface LeadForm {
  projectName: string; investorName: string; investorCreditCode?: string; source: string; industry?: string; intendedInvestment: string;
  contactName?: string; contactPhone?: string; ownerName: string; nextStep?: string; nextStepOn?: { format: (f: string) => string } | null;
}

function NewLeadDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (id: number) => void }) {
  const { t } = useTranslation('investment');
  const { message } = App.useApp();
  const [form] = Form.useForm<LeadForm>();
  const { createLead } = useInvestmentWrite();
  const submit = async (values: LeadForm) => {
    try {
      const lead = await createLead.mutateAsync({
        ...values, investorCreditCode: values.investorCreditCode?.trim() || null, source: values.source as LeadItem['source'],
        nextStepOn: values.nextStepOn ? values.nextStepOn.format('YYYY-MM-DD') : null,
      });
      void message.success(t('done'));
      onCreated(lead.id);
    } catch (error) {
      if (isApiError(error)) {
        form.setFields((error.details ?? []).map((d) => ({ name: d.path as keyof LeadForm, errors: [error.message] })));
        void message.error(error.message);
      }
    }
  };
  return (
    <Modal open title={t('newLead')} onCancel={onClose} onOk={() => form.submit()} okText={t('actions.save')} cancelText={t('actions.cancel')} confirmLoading={createLead.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ source: LEAD_SOURCES[0] }}>
        <Form.Item name="projectName" label={t('columns.projectName')} rules={[{ required: true }]}><Input maxLength={100} /></Form.Item>
        <Form.Item label={t('fromRegistry')} htmlFor="lead-enterprise" extra={t('fromRegistryHint')}>
          <EnterprisePicker id="lead-enterprise" onChange={(_id, _label, item) => { if (item) form.setFieldsValue({ investorName: item.name, investorCreditCode: item.creditCode }); }} />
        </Form.Item>
        <Form.Item name="investorName" label={t('columns.investorName')} rules={[{ required: true }]}><Input maxLength={100} /></Form.Item>
        <Form.Item name="investorCreditCode" label={t('columns.creditCode')}><Input maxLength={18} /></Form.Item>
        <Form.Item name="source" label={t('columns.source')} rules={[{ required: true }]}>
          <Select options={LEAD_SOURCES.map((s) => ({ value: s, label: t(`source.${s}`) }))} />
        </Form.Item>
        <Form.Item name="industry" label={t('columns.industry')}><Input maxLength={60} /></Form.Item>
        <Form.Item name="intendedInvestment" label={t('columns.intended')} rules={[{ required: true }]}><Input inputMode="decimal" /></Form.Item>
        <Form.Item name="contactName" label={t('columns.contact')}><Input maxLength={60} /></Form.Item>
        <Form.Item name="contactPhone" label={t('columns.phone')}><Input inputMode="tel" maxLength={30} /></Form.Item>
        <Form.Item name="ownerName" label={t('columns.owner')} rules={[{ required: true }]}><Input maxLength={60} /></Form.Item>
        <Form.Item name="nextStep" label={t('columns.nextStep')}><Input maxLength={100} /></Form.Item>
        <Form.Item name="nextStepOn" label={t('columns.nextStepOn')}><DatePicker style={{ width: '100%' }} /></Form.Item>
      </Form>
    </Modal>
  );
}
