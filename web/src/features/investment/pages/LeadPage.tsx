import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Input, Modal, Select, Space, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { CONTRACT_CURRENCY, CONTRACT_KINDS, FUND_CURRENCY, FUND_KINDS, LEAD_CONTACT_KINDS, PROJECT_CATEGORIES, type ContractKind } from '@hongtu/domain';
import type { ContractItem, Lead } from '@hongtu/contracts/investment';
import { isApiError } from '../../../api/client';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { fmtValue } from '../../../lib/format';
import { useCan } from '../../auth/public';
import { readContact, useInvestmentWrite, useLead, useLocale } from '../api';

type Dialog = 'log' | 'sign' | null;
const day = (v: { format: (f: string) => string } | null | undefined) => (v ? v.format('YYYY-MM-DD') : undefined);

/** /investment/leads/:id — one lead: its facts, the other districts pursuing it, its history, its contract and funds, and the steps the user may take. */
export function LeadPage() {
  const id = Number(useParams().id);
  const lead = useLead(id);
  if (!lead.data) return <PageState loading={lead.isPending} error={lead.error} onRetry={() => void lead.refetch()} />;
  return <LeadView lead={lead.data} />;
}

function LeadView({ lead }: { lead: Lead }) {
  const { t } = useTranslation('investment');
  const locale = useLocale();
  const { message } = App.useApp();
  const { leadAction } = useInvestmentWrite();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [phone, setPhone] = useState<string | null>(null);
  // One form per dialog: a visit's fields must not carry into the contract's.
  const [logForm] = Form.useForm();
  const [signForm] = Form.useForm();
  const fail = (error: unknown) => {
    if (isApiError(error)) void message.error(error.code === 'STALE_VERSION' ? t('stale409') : error.message);
  };
  const act = async (path: 'move' | 'contacts' | 'contract', body: Record<string, unknown>) => {
    try {
      await leadAction.mutateAsync({ id: lead.id, path, body: { version: lead.version, ...body } });
      void message.success(t('done'));
      setDialog(null);
      logForm.resetFields();
      signForm.resetFields();
    } catch (error) {
      fail(error);
    }
  };
  const showPhone = async () => {
    try {
      setPhone((await readContact(lead.id)).contactPhone);
    } catch (error) {
      fail(error);
    }
  };

  return (
    <>
      <PageHeader title={lead.projectName} subtitle={`${lead.organisationName} · ${lead.investorName}`} />
      <Space wrap style={{ marginBottom: 12 }}>
        <Tag color="blue" data-testid="lead-stage">{t(`stage.${lead.stage}`)}</Tag>
        {lead.stale && <Tag color="orange">{t('stale', { days: lead.idleDays })}</Tag>}
        {lead.actions.log && <Button onClick={() => setDialog('log')}>{t('actions.log')}</Button>}
        {lead.actions.move && lead.nextStage && (
          <Button type="primary" loading={leadAction.isPending} onClick={() => void act('move', { to: lead.nextStage })}>{t('actions.move', { stage: t(`stage.${lead.nextStage}`) })}</Button>
        )}
        {lead.actions.sign && <Button type="primary" onClick={() => setDialog('sign')}>{t('actions.sign')}</Button>}
      </Space>
      {lead.duplicates.map((d) => (
        <Alert key={`${d.match}-${d.organisationName}`} type="warning" showIcon style={{ marginBottom: 12 }}
          message={t('duplicateNotice', { district: d.organisationName, match: t(`match.${d.match}`) })}
          action={d.leadId !== null ? <Link to={`/investment/leads/${d.leadId}`}>#{d.leadId}</Link> : undefined} />
      ))}
      {lead.demo && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} data-testid="lead-demo"
          title={lead.demo.source === 'document' ? t('demo.document', { file: lead.demo.file }) : t('demo.synthetic')}
          description={lead.demo.quote ? `“${lead.demo.quote}”` : undefined} />
      )}
      <Card size="small" title={t('detail.facts')}>
        <Descriptions column={{ xs: 1, sm: 2 }} size="small">
          <Descriptions.Item label={t('columns.intended')}>{fmtValue(lead.intendedInvestment, 'yi_yuan', locale)}</Descriptions.Item>
          <Descriptions.Item label={t('columns.source')}>{t(`source.${lead.source}`)}</Descriptions.Item>
          <Descriptions.Item label={t('columns.industry')}>{lead.industry || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('columns.creditCode')}>{lead.investorCreditCode ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('columns.contact')}>
            <Space wrap>
              <span data-testid="lead-phone">{lead.contactName} {phone ?? lead.contactPhoneMasked}</span>
              {lead.actions.readContact && phone === null && <Button size="small" onClick={() => void showPhone()}>{t('actions.showPhone')}</Button>}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('columns.owner')}>{lead.ownerName}</Descriptions.Item>
          <Descriptions.Item label={t('columns.nextStep')}>{[lead.nextStep, lead.nextStepOn].filter(Boolean).join(' · ') || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('columns.lastActivity')}>{lead.lastActivityOn}</Descriptions.Item>
        </Descriptions>
      </Card>
      {lead.contracts.map((c) => <ContractCard key={c.id} contract={c} />)}
      <Card size="small" title={t('detail.history')}>
        <Timeline items={lead.events.map((e) => ({
          children: (
            <>
              <Typography.Text strong>{e.on} {t(`contactKind.${e.kind as 'visit'}`)}</Typography.Text>
              {e.toStage && <> → {t(`stage.${e.toStage}`)}</>}
              {e.actorName && <Typography.Text type="secondary"> · {e.actorName}</Typography.Text>}
              {e.text && <div>{e.text}</div>}
            </>
          ),
        }))} />
      </Card>

      <Modal open={dialog === 'log'} title={t('actions.log')} onCancel={() => setDialog(null)} onOk={() => logForm.submit()} okText={t('actions.save')} cancelText={t('actions.cancel')} confirmLoading={leadAction.isPending} destroyOnHidden>
        <Form form={logForm} layout="vertical" initialValues={{ kind: 'visit', on: dayjs() }}
          onFinish={(v: { kind: string; on: dayjs.Dayjs; text: string; nextStep?: string; nextStepOn?: dayjs.Dayjs }) =>
            void act('contacts', { kind: v.kind, on: day(v.on), text: v.text, ...(v.nextStep ? { nextStep: v.nextStep } : {}), ...(v.nextStepOn ? { nextStepOn: day(v.nextStepOn) } : {}) })}>
          <Form.Item name="kind" label={t('detail.kind')}><Select options={LEAD_CONTACT_KINDS.map((k) => ({ value: k, label: t(`contactKind.${k}`) }))} /></Form.Item>
          <Form.Item name="on" label={t('detail.on')} rules={[{ required: true }]}><DatePicker style={{ width: '100%' }} /></Form.Item>
          <Form.Item name="text" label={t('detail.text')} rules={[{ required: true }]}><Input.TextArea rows={3} maxLength={2000} /></Form.Item>
          <Form.Item name="nextStep" label={t('columns.nextStep')}><Input maxLength={100} /></Form.Item>
          <Form.Item name="nextStepOn" label={t('columns.nextStepOn')}><DatePicker style={{ width: '100%' }} /></Form.Item>
        </Form>
      </Modal>
      <Modal open={dialog === 'sign'} title={t('actions.sign')} onCancel={() => setDialog(null)} onOk={() => signForm.submit()} okText={t('actions.save')} cancelText={t('actions.cancel')} confirmLoading={leadAction.isPending} destroyOnHidden>
        <Form form={signForm} layout="vertical" initialValues={{ kind: 'domestic', currency: 'yi_yuan', signedOn: dayjs() }}
          onValuesChange={(changed: { kind?: string }) => { if (changed.kind) signForm.setFieldValue('currency', CONTRACT_CURRENCY[changed.kind as ContractKind]); }}
          onFinish={(v: { kind: string; currency: string; amount: string; signedOn: dayjs.Dayjs; terms?: string }) =>
            void act('contract', { kind: v.kind, currency: v.currency, amount: v.amount, signedOn: day(v.signedOn), terms: v.terms ?? '' })}>
          <Form.Item name="kind" label={t('contract.kind')}><Select options={CONTRACT_KINDS.map((k) => ({ value: k, label: t(`contractKind.${k}`) }))} /></Form.Item>
          <Form.Item name="currency" label={t('contract.currency')}><Select options={(['yi_yuan', 'wan_usd'] as const).map((c) => ({ value: c, label: t(`currency.${c}`) }))} /></Form.Item>
          <Form.Item name="amount" label={t('contract.amount')} rules={[{ required: true }]}><Input inputMode="decimal" /></Form.Item>
          <Form.Item name="signedOn" label={t('contract.signedOn')} rules={[{ required: true }]}><DatePicker style={{ width: '100%' }} /></Form.Item>
          <Form.Item name="terms" label={t('detail.terms')}><Input.TextArea rows={2} maxLength={2000} /></Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** The signed contract: amount, milestones, funds in place by month, and its major project (created or linked on request). */
function ContractCard({ contract }: { contract: ContractItem }) {
  const { t } = useTranslation('investment');
  const locale = useLocale();
  const { message } = App.useApp();
  const { reportFunds, toProject } = useInvestmentWrite();
  const mayManage = useCan('lead.manage');
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const kinds = FUND_KINDS.filter((k) => FUND_CURRENCY[k] === contract.currency);
  const submit = async (v: { month: dayjs.Dayjs; kind: string; amount: string }) => {
    try {
      await reportFunds.mutateAsync({ id: contract.id, body: { version: contract.version, month: v.month.format('YYYY-MM'), kind: v.kind, amount: v.amount } });
      void message.success(t('done'));
      setOpen(false);
    } catch (error) {
      if (isApiError(error)) void message.error(error.message);
    }
  };
  const makeProject = async (category: string) => {
    try {
      const result = await toProject.mutateAsync({ id: contract.id, body: { version: contract.version, category } });
      void message.success(t(result.created ? 'projectCreated' : 'projectLinked', { code: result.projectCode }));
    } catch (error) {
      if (isApiError(error)) void message.error(error.message);
    }
  };
  return (
    <Card size="small" title={t('detail.contracts')} data-testid="lead-contract">
      <Descriptions column={{ xs: 1, sm: 2 }} size="small">
        <Descriptions.Item label={t('contract.amount')}>{fmtValue(contract.amount, contract.currency, locale)}（{t(`contractKind.${contract.kind}`)}）</Descriptions.Item>
        <Descriptions.Item label={t('contract.signedOn')}>{contract.signedOn}</Descriptions.Item>
        <Descriptions.Item label={t('detail.inPlace')}>{fmtValue(contract.inPlace, contract.currency, locale)}</Descriptions.Item>
        <Descriptions.Item label={t('detail.project')}>
          {contract.projectId !== null ? <Link to={`/projects/${contract.projectId}`}>#{contract.projectId}</Link> : mayManage ? (
            <Select style={{ minWidth: 180 }} placeholder={t('actions.toProject')} aria-label={t('actions.toProject')} onChange={(v: string) => void makeProject(v)}
              options={PROJECT_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))} />
          ) : '—'}
        </Descriptions.Item>
        {contract.terms && <Descriptions.Item label={t('detail.terms')}>{contract.terms}</Descriptions.Item>}
        {contract.milestones.length > 0 && (
          <Descriptions.Item label={t('detail.milestones')}>{contract.milestones.map((m) => `${m.name} ${m.dueOn}`).join('；')}</Descriptions.Item>
        )}
      </Descriptions>
      {contract.funds.length > 0 && (
        <ul>{contract.funds.map((f) => <li key={`${f.month}-${f.kind}`}>{f.month} {t(`fund.${f.kind}`)} {fmtValue(f.amount, contract.currency, locale)}</li>)}</ul>
      )}
      {mayManage && <Button size="small" onClick={() => setOpen(true)}>{t('actions.funds')}</Button>}
      <Modal open={open} title={t('actions.funds')} onCancel={() => setOpen(false)} onOk={() => form.submit()} okText={t('actions.save')} cancelText={t('actions.cancel')} confirmLoading={reportFunds.isPending} destroyOnHidden>
        <Form form={form} layout="vertical" initialValues={{ kind: kinds[0], month: dayjs() }} onFinish={(v) => void submit(v)}>
          <Form.Item name="month" label={t('contract.month')} rules={[{ required: true }]}><DatePicker picker="month" style={{ width: '100%' }} /></Form.Item>
          <Form.Item name="kind" label={t('contract.fundKind')}><Select options={kinds.map((k) => ({ value: k, label: t(`fund.${k}`) }))} /></Form.Item>
          <Form.Item name="amount" label={`${t('contract.amount')}（${t(`currency.${contract.currency}`)}）`} rules={[{ required: true }]}><Input inputMode="decimal" /></Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
