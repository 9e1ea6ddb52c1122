import { useState } from 'react';
import { App, Button, Divider, Form, Input, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DocumentFigure, FigureCorrection } from '@hongtu/contracts/documents';
import { useCan } from '../../auth/public';
import { AcceptFigureForm } from '../../reference-figures/public';
import { useApiFormErrors } from '../../../lib/useApiFormErrors';
import { useCorrectFigure, useInvalidateDocument, useRejectFigure } from '../api';
import { FigureFields } from './FigureFields';

type CorrectionValues = { entity: string; indicator: string; period: string; kind: DocumentFigure['kind']; value?: string; unit?: string; yoyPct?: string; reason: string };
const CORRECTION_FIELDS = ['entity', 'indicator', 'period', 'kind', 'value', 'unit', 'yoyPct', 'reason'] as const;
const orNull = (s: string | undefined) => (s === undefined || s.trim() === '' ? null : s.trim());

function CorrectionForm({ figure, documentId, onDone }: { figure: DocumentFigure; documentId: number; onDone: () => void }) {
  const { t } = useTranslation('documents');
  const [form] = Form.useForm<CorrectionValues>();
  const correct = useCorrectFigure(documentId);
  const showError = useApiFormErrors(form, CORRECTION_FIELDS);
  const submit = (v: CorrectionValues) => {
    const body: FigureCorrection = { entity: v.entity, indicator: v.indicator, period: v.period, kind: v.kind, value: orNull(v.value), unit: orNull(v.unit), yoyPct: orNull(v.yoyPct), reason: v.reason };
    correct.mutate({ id: figure.id, body }, { onSuccess: onDone, onError: showError });
  };
  return (
    <Form form={form} layout="vertical" size="small" onFinish={submit} data-testid="figure-correct-form"
      initialValues={{ entity: figure.entity, indicator: figure.indicator, period: figure.period, kind: figure.kind, value: figure.value ?? '', unit: figure.unit ?? '', yoyPct: figure.yoyPct ?? '' }}>
      <Form.Item name="entity" label={t('figure.entity')} rules={[{ required: true }]}><Input /></Form.Item>
      <Form.Item name="indicator" label={t('figure.indicator')} rules={[{ required: true }]}><Input /></Form.Item>
      <Form.Item name="period" label={t('figure.period')} rules={[{ required: true }]}><Input /></Form.Item>
      <Form.Item name="kind" label={t('figure.kind')}>
        <Select options={(['actual', 'target', 'plan', 'forecast'] as const).map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
      </Form.Item>
      <Space.Compact block>
        <Form.Item name="value" label={t('figure.value')} style={{ flex: 2 }}><Input inputMode="decimal" /></Form.Item>
        <Form.Item name="unit" label={t('figure.unit')} style={{ flex: 1 }}><Input /></Form.Item>
      </Space.Compact>
      <Form.Item name="yoyPct" label={t('figure.yoy')}><Input inputMode="decimal" /></Form.Item>
      <Form.Item name="reason" label={t('figure.reason')} rules={[{ required: true, whitespace: true }]}><Input.TextArea rows={2} maxLength={500} /></Form.Item>
      <Button type="primary" htmlType="submit" loading={correct.isPending}>{t('figure.saveCorrection')}</Button>
    </Form>
  );
}

function RejectForm({ figure, documentId, onDone }: { figure: DocumentFigure; documentId: number; onDone: () => void }) {
  const { t } = useTranslation('documents');
  const { message } = App.useApp();
  const [reason, setReason] = useState('');
  const reject = useRejectFigure(documentId);
  return (
    <Space.Compact block>
      <Input placeholder={t('figure.rejectReason')} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} data-testid="figure-reject-reason" />
      <Button danger disabled={reason.trim() === ''} loading={reject.isPending}
        onClick={() => reject.mutate({ id: figure.id, reason: reason.trim() }, { onSuccess: onDone, onError: (e) => void message.error(e.message) })}>
        {t('figure.reject')}
      </Button>
    </Space.Compact>
  );
}

/** The side panel of a clicked figure: its record, and for reviewers correct, reject, accept into a district's month. */
export function FigurePanel({ figure, documentId }: { figure: DocumentFigure; documentId: number }) {
  const { t } = useTranslation('documents');
  const canReview = useCan('document.review');
  const canAccept = useCan('figure.review');
  const refresh = useInvalidateDocument(documentId);
  const [mode, setMode] = useState<'none' | 'correct' | 'reject'>('none');
  const open = figure.status !== 'rejected' && figure.status !== 'accepted';
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="figure-panel">
      <FigureFields figure={figure} />
      {canReview && open ? (
        <Space>
          <Button size="small" onClick={() => setMode(mode === 'correct' ? 'none' : 'correct')} data-testid="figure-correct">{t('figure.correct')}</Button>
          <Button size="small" danger onClick={() => setMode(mode === 'reject' ? 'none' : 'reject')} data-testid="figure-reject">{t('figure.reject')}</Button>
        </Space>
      ) : null}
      {mode === 'correct' && open ? <CorrectionForm key={figure.id} figure={figure} documentId={documentId} onDone={() => setMode('none')} /> : null}
      {mode === 'reject' && open ? <RejectForm figure={figure} documentId={documentId} onDone={() => setMode('none')} /> : null}
      {canAccept && figure.status !== 'rejected' ? (
        <>
          <Divider size="small" />
          <Typography.Text strong>{t('figure.accept')}</Typography.Text>
          <AcceptFigureForm key={`${figure.id}-${figure.status}`} figure={figure} refreshSource={refresh} />
        </>
      ) : null}
    </Space>
  );
}
