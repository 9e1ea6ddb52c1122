import { useState } from 'react';
import { App, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Statistic, Table, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { ACTIVITY_KINDS, STALE_DAYS_RANGE } from '@hongtu/domain';
import { isApiError } from '../../../api/client';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { fmtPercent, fmtValue, NONE } from '../../../lib/format';
import { useCan } from '../../auth/public';
import { useActivities, useActivity, useDistricts, useFunnel, useInvestmentWrite, useLocale, useReconciliation, useSettings } from '../api';

/** /investment/analysis — the funnel, the districts' rates and ranking, the reconciliation with the reported figures, 招商活动, the stale setting. */
export function InvestmentAnalysisPage() {
  const { t } = useTranslation('investment');
  const [month, setMonth] = useState(dayjs().format('YYYY-MM'));
  const configure = useCan('investment.configure');
  return (
    <>
      <PageHeader title={t('analysisTitle')} extra={
        <DatePicker picker="month" allowClear={false} value={dayjs(`${month}-01`)} onChange={(v) => v && setMonth(v.format('YYYY-MM'))} aria-label={t('districts.month')} />
      } />
      <Tabs items={[
        { key: 'funnel', label: t('tabs.funnel'), children: <FunnelTab /> },
        { key: 'districts', label: t('tabs.districts'), children: <DistrictsTab month={month} /> },
        { key: 'reconciliation', label: t('tabs.reconciliation'), children: <ReconciliationTab month={month} /> },
        { key: 'activities', label: t('tabs.activities'), children: <ActivitiesTab /> },
        ...(configure ? [{ key: 'settings', label: t('tabs.settings'), children: <SettingsTab /> }] : []),
      ]} />
    </>
  );
}

function FunnelTab() {
  const { t } = useTranslation('investment');
  const locale = useLocale();
  const funnel = useFunnel();
  if (!funnel.data) return <PageState loading={funnel.isLoading} error={funnel.error} />;
  return (
    <>
      <Space size="large" wrap style={{ marginBottom: 12 }}>
        <Statistic title={t('funnel.total')} value={funnel.data.total} />
        <Statistic title={t('funnel.signedShare')} value={fmtPercent(funnel.data.signedShare)} />
      </Space>
      <Table rowKey="stage" size="small" pagination={false} scroll={{ x: 600 }} dataSource={funnel.data.stages} columns={[
        { title: t('funnel.stage'), key: 'stage', render: (_, r) => t(`stage.${r.stage}`) },
        { title: t('funnel.current'), dataIndex: 'current', align: 'right' },
        { title: t('funnel.reached'), dataIndex: 'reached', align: 'right' },
        { title: t('funnel.conversion'), key: 'conversion', align: 'right', render: (_, r) => fmtPercent(r.conversion) },
        { title: t('funnel.intended'), key: 'intended', align: 'right', render: (_, r) => fmtValue(r.intended, 'yi_yuan', locale) },
        { title: t('funnel.averageDays'), key: 'days', align: 'right', render: (_, r) => r.averageDays ?? NONE },
      ]} />
    </>
  );
}

function DistrictsTab({ month }: { month: string }) {
  const { t } = useTranslation('investment');
  const locale = useLocale();
  const districts = useDistricts(month);
  if (!districts.data) return <PageState loading={districts.isLoading} error={districts.error} />;
  const points = (v: string | null) => (v === null ? NONE : fmtValue(v, 'pp', locale, 2));
  return (
    <Table rowKey="organisationId" size="small" pagination={false} scroll={{ x: 1100 }} dataSource={districts.data.items} columns={[
      { title: t('districts.rank'), dataIndex: 'rank', render: (v: number | null) => v ?? NONE },
      { title: t('columns.district'), dataIndex: 'organisationName' },
      { title: t('districts.ytd'), key: 'ytd', align: 'right', render: (_, r) => fmtValue(r.ytdInPlace, 'yi_yuan', locale) },
      { title: t('districts.target'), key: 'target', align: 'right', render: (_, r) => fmtValue(r.target, 'yi_yuan', locale) },
      { title: t('districts.completion'), key: 'completion', align: 'right', render: (_, r) => fmtPercent(r.completion) },
      { title: t('districts.timeProgress'), key: 'time', align: 'right', render: (_, r) => fmtPercent(r.timeProgress) },
      { title: t('districts.gap'), key: 'gap', align: 'right', render: (_, r) => points(r.gap) },
      { title: t('districts.signed'), dataIndex: 'signed', align: 'right' },
      { title: t('districts.fulfilment'), key: 'fulfilment', align: 'right', render: (_, r) => fmtPercent(r.fulfilmentRate) },
      { title: `${t('districts.inPlaceRate')}（${t('currency.yi_yuan')}）`, key: 'rateY', align: 'right', render: (_, r) => fmtPercent(r.inPlaceRateYiYuan) },
      { title: `${t('districts.inPlaceRate')}（${t('currency.wan_usd')}）`, key: 'rateU', align: 'right', render: (_, r) => fmtPercent(r.inPlaceRateWanUsd) },
    ]} />
  );
}

function ReconciliationTab({ month }: { month: string }) {
  const { t } = useTranslation('investment');
  const locale = useLocale();
  const recon = useReconciliation(month);
  if (!recon.data) return <PageState loading={recon.isLoading} error={recon.error} />;
  const unit = (kind: string) => (kind === 'funds_in_place' || kind === 'industrial_funds' ? 'yi_yuan' : 'yi_usd');
  return (
    <Table rowKey={(r) => `${r.organisationId}-${r.kind}`} size="small" pagination={false} scroll={{ x: 700 }} dataSource={recon.data.items} columns={[
      { title: t('columns.district'), dataIndex: 'organisationName' },
      { title: t('reconciliation.kind'), key: 'kind', render: (_, r) => t(`fund.${r.kind}`) },
      { title: t('reconciliation.fromContracts'), key: 'from', align: 'right', render: (_, r) => fmtValue(r.fromContracts, unit(r.kind), locale, 4) },
      { title: t('reconciliation.reported'), key: 'reported', align: 'right', render: (_, r) => (r.reported === null ? t('reconciliation.none') : fmtValue(r.reported, unit(r.kind), locale, 4)) },
      { title: t('reconciliation.difference'), key: 'diff', align: 'right', render: (_, r) => (r.difference === null ? NONE : fmtValue(r.difference, unit(r.kind), locale, 4)) },
    ]} />
  );
}

function ActivitiesTab() {
  const { t } = useTranslation('investment');
  const locale = useLocale();
  const { message } = App.useApp();
  const activities = useActivities();
  const [selected, setSelected] = useState<number | null>(null);
  const activity = useActivity(selected);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const { createActivity } = useInvestmentWrite();
  const mayManage = useCan('lead.manage');
  if (!activities.data) return <PageState loading={activities.isLoading} error={activities.error} />;
  const submit = async (v: { kind: string; name: string; heldOn: dayjs.Dayjs; place?: string }) => {
    try {
      await createActivity.mutateAsync({ kind: v.kind, name: v.name, heldOn: v.heldOn.format('YYYY-MM-DD'), place: v.place ?? '' });
      void message.success(t('done'));
      setOpen(false);
    } catch (error) {
      if (isApiError(error)) void message.error(error.message);
    }
  };
  return (
    <>
      {mayManage && <Button style={{ marginBottom: 12 }} onClick={() => setOpen(true)}>{t('activities.new')}</Button>}
      <Table rowKey="id" size="small" pagination={false} scroll={{ x: 800 }} dataSource={activities.data.items}
        onRow={(r) => ({ onClick: () => setSelected(r.id) })} columns={[
          { title: t('activities.name'), dataIndex: 'name' },
          { title: t('activities.kind'), key: 'kind', render: (_, r) => t(`activityKind.${r.kind}`) },
          { title: t('activities.heldOn'), dataIndex: 'heldOn' },
          { title: t('columns.district'), dataIndex: 'organisationName' },
          { title: t('activities.leads'), dataIndex: 'leads', align: 'right' },
          { title: t('activities.contracts'), dataIndex: 'contracts', align: 'right' },
          { title: t('activities.signed'), key: 'signed', align: 'right', render: (_, r) => [fmtValue(r.signedYiYuan, 'yi_yuan', locale), fmtValue(r.signedWanUsd, 'wan_usd', locale)].join(' / ') },
        ]} />
      {activity.data && (
        <Table rowKey="id" size="small" style={{ marginTop: 12 }} pagination={false} dataSource={activity.data.contractList} title={() => activity.data.name} columns={[
          { title: t('columns.projectName'), dataIndex: 'projectName' },
          { title: t('columns.investorName'), dataIndex: 'investorName' },
          { title: t('contract.amount'), key: 'amount', align: 'right', render: (_, r) => fmtValue(r.amount, r.currency, locale) },
        ]} />
      )}
      <Modal open={open} title={t('activities.new')} onCancel={() => setOpen(false)} onOk={() => form.submit()} okText={t('actions.save')} cancelText={t('actions.cancel')} confirmLoading={createActivity.isPending} destroyOnHidden>
        <Form form={form} layout="vertical" initialValues={{ kind: 'trip', heldOn: dayjs() }} onFinish={(v) => void submit(v)}>
          <Form.Item name="kind" label={t('activities.kind')}><Select options={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`activityKind.${k}`) }))} /></Form.Item>
          <Form.Item name="name" label={t('activities.name')} rules={[{ required: true }]}><Input maxLength={100} /></Form.Item>
          <Form.Item name="heldOn" label={t('activities.heldOn')} rules={[{ required: true }]}><DatePicker style={{ width: '100%' }} /></Form.Item>
          <Form.Item name="place" label={t('activities.place')}><Input maxLength={60} /></Form.Item>
        </Form>
      </Modal>
    </>
  );
}

function SettingsTab() {
  const { t } = useTranslation('investment');
  const { message } = App.useApp();
  const settings = useSettings();
  const { saveSettings } = useInvestmentWrite();
  if (!settings.data) return <PageState loading={settings.isLoading} error={settings.error} />;
  const { version, staleDays } = settings.data;
  return (
    <Form layout="inline" initialValues={{ staleDays }} onFinish={(v: { staleDays: number }) => {
      saveSettings.mutate({ version, staleDays: v.staleDays }, {
        onSuccess: () => void message.success(t('done')),
        onError: (error) => { if (isApiError(error)) void message.error(error.message); },
      });
    }}>
      <Form.Item name="staleDays" label={t('settings.staleDays')} extra={t('settings.hint')} rules={[{ required: true }]}>
        <InputNumber min={STALE_DAYS_RANGE.min} max={STALE_DAYS_RANGE.max} precision={0} />
      </Form.Item>
      <Form.Item><Button type="primary" htmlType="submit" loading={saveSettings.isPending}>{t('actions.save')}</Button></Form.Item>
    </Form>
  );
}
