import { Alert, App, Button, Flex, Form, Input, Popconfirm, Select, Typography } from 'antd';
import { Link } from 'react-router';
import { Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentFigure } from '@hongtu/contracts/documents';
import { isReportingUnit } from '@hongtu/domain';
import { useOrganisations } from '../../organisations/public';
import { useIndicators } from '../../reporting/public';
import { useApiFormErrors } from '../../../lib/useApiFormErrors';
import { useAcceptReferenceFigure, useReferenceFigures, useWithdrawReferenceFigure } from '../api';
import { initialValues, type AcceptValues as Values } from '../model/accept';

const FIELDS = ['organisationId', 'indicatorCode', 'periodKey', 'value', 'unit', 'yoyPct'] as const;
const blank = (s: string | undefined) => (s === undefined || s.trim() === '' ? null : s.trim());

/** Where an accepted figure went: the district-month, linked to its review; withdrawn from here when accepted by mistake. */
function Accepted({ figureId, refreshSource }: { figureId: number; refreshSource?: () => Promise<unknown> }) {
  const { t } = useTranslation('reference-figures');
  const { message } = App.useApp();
  const found = useReferenceFigures({ figureId }).data?.items[0];
  const withdraw = useWithdrawReferenceFigure(refreshSource);
  return (
    <Alert type="success" showIcon data-testid="figure-accepted"
      title={found ? t('accept.done', { organisation: found.organisationName, period: found.periodKey }) : t('accept.accepted')}
      description={found ? (
        <Flex vertical gap={4} align="start">
          <Link to={`/reporting/${found.periodKey}/${found.organisationId}`}>{t('accept.openMonth', { indicator: found.indicatorName })}</Link>
          <Popconfirm title={t('accept.withdrawConfirm')} onConfirm={() => withdraw.mutate(found.id, { onError: (e) => void message.error(e.message) })}>
            <Button size="small" danger loading={withdraw.isPending} data-testid="figure-withdraw">{t('accept.withdraw')}</Button>
          </Popconfirm>
        </Flex>
      ) : null} />
  );
}

/**
 * Accepting a document's figure as the reference figure of a district's month (city reviewers),
 * each field correctable before it is accepted.
 */
function AcceptForm({ figure, refreshSource }: { figure: DocumentFigure; refreshSource?: () => Promise<unknown> }) {
  const { t, i18n } = useTranslation('reference-figures');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const organisations = useOrganisations();
  const indicators = useIndicators();
  const accept = useAcceptReferenceFigure(refreshSource);
  const showError = useApiFormErrors(form, FIELDS);
  const locale = (['zh-CN', 'zh-TW', 'en'] as const).find((l) => l === i18n.language) ?? 'zh-CN';
  const districts = useMemo(() => (organisations.data ?? []).filter((o) => isReportingUnit(o.kind)).map((o) => ({ value: o.id, label: o.name })), [organisations.data]);
  const indicatorOptions = useMemo(() => (indicators.data ?? []).map((i) => ({ value: i.code, label: i.names[locale] })), [indicators.data, locale]);

  if (figure.status === 'accepted') return <Accepted figureId={figure.id} refreshSource={refreshSource} />;

  const submit = (v: Values) => {
    accept.mutate(
      { figureId: figure.id, organisationId: v.organisationId, indicatorCode: v.indicatorCode, periodKey: v.periodKey, value: blank(v.value), unit: blank(v.unit), yoyPct: blank(v.yoyPct) },
      {
        onSuccess: (r) => {
          void message.success(t('accept.done', { organisation: r.organisationName, period: r.periodKey }));
        },
        onError: showError,
      },
    );
  };

  return (
    <Form form={form} layout="vertical" size="small" initialValues={initialValues(figure)} onFinish={submit} data-testid="accept-figure-form">
      <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>{t('accept.hint')}</Typography.Text>
      <Form.Item name="organisationId" label={t('accept.district')} rules={[{ required: true }]}>
        <Select options={districts} showSearch optionFilterProp="label" loading={organisations.isLoading} data-testid="accept-district" />
      </Form.Item>
      <Form.Item name="indicatorCode" label={t('accept.indicator')} rules={[{ required: true }]}>
        <Select options={indicatorOptions} showSearch optionFilterProp="label" loading={indicators.isLoading} data-testid="accept-indicator" />
      </Form.Item>
      <Form.Item name="periodKey" label={t('accept.month')} rules={[{ required: true, pattern: /^\d{4}-(0[1-9]|1[0-2])$/ }]}>
        <Input placeholder="2026-03" data-testid="accept-month" />
      </Form.Item>
      <Form.Item name="value" label={t('accept.value')}><Input inputMode="decimal" data-testid="accept-value" /></Form.Item>
      <Form.Item name="unit" label={t('accept.unit')}><Input data-testid="accept-unit" /></Form.Item>
      <Form.Item name="yoyPct" label={t('accept.yoy')}><Input inputMode="decimal" data-testid="accept-yoy" /></Form.Item>
      <Button type="primary" htmlType="submit" loading={accept.isPending} data-testid="accept-submit">{t('accept.submit')}</Button>
    </Form>
  );
}

/** The form in its own suspense boundary: its texts load on first draw without holding up the page around it. */
export function AcceptFigureForm(props: { figure: DocumentFigure; refreshSource?: () => Promise<unknown> }) {
  return <Suspense fallback={null}><AcceptForm {...props} /></Suspense>;
}
