import { useState } from 'react';
import { App, Button, Descriptions, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CULTIVATION_GROUPS, CULTIVATION_KINDS, CULTIVATION_TARGET_PERIODS, type CultivationGroup } from '@hongtu/domain';
import type { CandidateItem } from '@hongtu/contracts/enterprise-service';
import { isApiError } from '../../../api/client';
import { PageState } from '../../../components/PageState';
import { useCan } from '../../auth/public';
import { EnterprisePicker } from '../../enterprises/public';
import { useCultivation, useEnterCandidate, useReportingUnits, useSaveCandidate, useSetTarget } from '../api';

const STATUS_COLOR = { ahead: 'green', level: 'blue', behind: 'red' } as const;

/** Candidates for 进规 / 进限 against the thresholds, and the districts' targets against time progress. */
export function CultivationBoard() {
  const { t } = useTranslation('enterprise-service');
  const { message } = App.useApp();
  const canManage = useCan('enterprise_service.manage');
  const canTarget = useCan('cultivation_target.manage');
  const [group, setGroup] = useState<CultivationGroup | undefined>(undefined);
  const [page, setPage] = useState(1);
  const board = useCultivation({ page, pageSize: 20, group });
  const save = useSaveCandidate();
  const enter = useEnterCandidate();
  const setTarget = useSetTarget();
  const units = useReportingUnits(canTarget);
  const [adding, setAdding] = useState(false);
  const [targeting, setTargeting] = useState(false);
  const [addForm] = Form.useForm<{ enterpriseId: number; kind: string; revenueWan: string; revenueMonth: string; expectedMonth?: string }>();
  const [targetForm] = Form.useForm<{ organisationId: number; period: string; group: CultivationGroup; target: number }>();
  const failed = (error: unknown) => { if (isApiError(error)) void message.error(error.message); };

  const addCandidate = async (v: { enterpriseId: number; kind: string; revenueWan: string; revenueMonth: string; expectedMonth?: string }) => {
    try {
      await save.mutateAsync({ enterpriseId: v.enterpriseId, kind: v.kind as 'industry', revenueWan: v.revenueWan, revenueMonth: v.revenueMonth, expectedMonth: v.expectedMonth || null });
      setAdding(false);
    } catch (error) { failed(error); }
  };
  const markEntered = async (c: CandidateItem) => {
    try { await enter.mutateAsync({ id: c.id, version: c.version, enteredMonth: c.mayEnterMonth! }); } catch (error) { failed(error); }
  };

  if (!board.data) return <PageState loading={board.isPending} error={board.error} onRetry={() => void board.refetch()} />;
  const data = board.data;
  return (
    <>
      <Descriptions size="small" column={{ xs: 1, sm: 3 }} title={t('cultivation.thresholds')}>
        {CULTIVATION_KINDS.map((k) => <Descriptions.Item key={k} label={t(`cultivation.kinds.${k}`)}>{data.thresholds[k]} 万元</Descriptions.Item>)}
      </Descriptions>
      <Typography.Paragraph type="secondary">{t('cultivation.source')}：{data.thresholdSource}</Typography.Paragraph>

      <Typography.Title level={5}>{t('cultivation.targets')} · {data.year}</Typography.Title>
      {canTarget && <Button style={{ marginBottom: 8 }} onClick={() => setTargeting(true)}>{t('cultivation.setTarget')}</Button>}
      <Table
        rowKey="id" size="small" pagination={false} scroll={{ x: 600 }} dataSource={data.targets} data-testid="cultivation-targets"
        columns={[
          { title: t('cultivation.district'), dataIndex: 'districtName' },
          { title: t('cultivation.period'), dataIndex: 'period', render: (p: 'q1') => t(`cultivation.periods.${p}`) },
          { title: t('cultivation.group'), dataIndex: 'group', render: (g: CultivationGroup) => t(`cultivation.groups.${g}`) },
          { title: t('cultivation.target'), dataIndex: 'target', align: 'right' },
          { title: t('cultivation.completed'), dataIndex: 'completed', align: 'right' },
          { title: t('cultivation.completion'), dataIndex: 'completion', align: 'right', render: (v: string) => `${v}%` },
          { title: t('cultivation.timeProgress'), dataIndex: 'timeProgress', align: 'right', render: (v: string) => `${v}%` },
          { title: '', dataIndex: 'status', render: (s: 'ahead') => <Tag color={STATUS_COLOR[s]}>{t(`cultivation.statuses.${s}`)}</Tag> },
        ]}
      />

      <Space wrap style={{ margin: '16px 0 8px' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>{t('cultivation.candidates')}</Typography.Title>
        <Select allowClear style={{ width: 120 }} value={group} onChange={(g) => { setGroup(g); setPage(1); }} placeholder={t('cultivation.group')}
          options={CULTIVATION_GROUPS.map((g) => ({ value: g, label: t(`cultivation.groups.${g}`) }))} />
        {canManage && <Button type="primary" onClick={() => setAdding(true)}>{t('cultivation.addCandidate')}</Button>}
      </Space>
      <Table
        rowKey="id" size="small" scroll={{ x: 900 }} dataSource={data.candidates.items}
        pagination={{ current: page, pageSize: 20, total: data.candidates.total, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: t('columns.enterprise'), dataIndex: 'enterpriseName' },
          { title: t('columns.district'), dataIndex: 'districtName' },
          { title: t('cultivation.kind'), dataIndex: 'kind', render: (k: 'industry') => t(`cultivation.kinds.${k}`) },
          { title: t('cultivation.revenue'), dataIndex: 'revenueWan', align: 'right' },
          { title: t('cultivation.revenueMonth'), dataIndex: 'revenueMonth' },
          { title: t('cultivation.threshold'), dataIndex: 'thresholdWan', align: 'right' },
          { title: t('cultivation.gap'), dataIndex: 'gapWan', align: 'right' },
          { title: t('cultivation.share'), dataIndex: 'shareOfThreshold', align: 'right', render: (v: string) => `${v}%` },
          { title: t('cultivation.mayEnter'), dataIndex: 'mayEnterMonth', render: (v: string | null) => v ?? '—' },
          { title: t('cultivation.expected'), dataIndex: 'expectedMonth', render: (v: string | null) => v ?? '—' },
          {
            title: t('cultivation.entered'), dataIndex: 'enteredMonth',
            render: (v: string | null, c: CandidateItem) => v ?? (canManage && c.reached ? <Button size="small" onClick={() => void markEntered(c)}>{t('cultivation.enter')} {c.mayEnterMonth}</Button> : '—'),
          },
        ]}
      />
      <Modal open={adding} title={t('cultivation.addCandidate')} okText={t('action.send')} confirmLoading={save.isPending}
        onCancel={() => setAdding(false)} onOk={() => void addForm.validateFields().then(addCandidate)} destroyOnHidden>
        <Form form={addForm} layout="vertical" initialValues={{ kind: 'industry' }}>
          <Form.Item name="enterpriseId" label={t('form.enterprise')} htmlFor="candidate-enterprise" extra={t('form.enterpriseHint')}
            rules={[{ required: true, message: t('form.required', { field: t('form.enterprise') }) }]}>
            <EnterprisePicker id="candidate-enterprise" />
          </Form.Item>
          <Form.Item name="kind" label={t('cultivation.kind')}><Select options={CULTIVATION_KINDS.map((k) => ({ value: k, label: t(`cultivation.kinds.${k}`) }))} /></Form.Item>
          <Form.Item name="revenueWan" label={t('cultivation.revenue')} rules={[{ required: true, message: t('form.required', { field: t('cultivation.revenue') }) }]}><Input inputMode="decimal" /></Form.Item>
          <Form.Item name="revenueMonth" label={t('cultivation.revenueMonth')} rules={[{ required: true, pattern: /^\d{4}-(0[1-9]|1[0-2])$/, message: 'YYYY-MM' }]}><Input placeholder="2026-02" /></Form.Item>
          <Form.Item name="expectedMonth" label={t('cultivation.expected')} rules={[{ pattern: /^\d{4}-(0[1-9]|1[0-2])$/, message: 'YYYY-MM' }]}><Input placeholder="2026-03" /></Form.Item>
        </Form>
      </Modal>
      <Modal open={targeting} title={t('cultivation.setTarget')} okText={t('action.send')} confirmLoading={setTarget.isPending}
        onCancel={() => setTargeting(false)}
        onOk={() => void targetForm.validateFields().then(async (v) => {
          try { await setTarget.mutateAsync({ ...v, year: data.year, period: v.period as 'q1' }); setTargeting(false); } catch (error) { failed(error); }
        })} destroyOnHidden>
        <Form form={targetForm} layout="vertical" initialValues={{ period: 'q1', group: 'above_scale', target: 6 }}>
          <Form.Item name="organisationId" label={t('cultivation.district')} rules={[{ required: true }]}>
            <Select showSearch optionFilterProp="label" options={(units.data ?? []).map((o) => ({ value: o.id, label: o.name }))} />
          </Form.Item>
          <Form.Item name="period" label={t('cultivation.period')}><Select options={CULTIVATION_TARGET_PERIODS.map((p) => ({ value: p, label: t(`cultivation.periods.${p}`) }))} /></Form.Item>
          <Form.Item name="group" label={t('cultivation.group')}><Select options={CULTIVATION_GROUPS.map((g) => ({ value: g, label: t(`cultivation.groups.${g}`) }))} /></Form.Item>
          <Form.Item name="target" label={t('cultivation.target')} rules={[{ required: true }]}><InputNumber min={1} precision={0} /></Form.Item>
        </Form>
      </Modal>
    </>
  );
}
