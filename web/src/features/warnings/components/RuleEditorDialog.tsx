import { useState } from 'react';
import { Alert, App, Button, Descriptions, Flex, Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { cardColourSchema, warningComparisonSchema, type WarningRuleConfig, type WarningRuleDto } from '@hongtu/contracts';
import { isApiError } from '../../../api/client';
import { usePutWarningRule } from '../api';
import { describeCondition, inPoints, ruleIssues } from '../ruleText';
import { useIndicatorNames } from '../indicators';

interface FormValues {
  enabled: boolean;
  thresholds: Array<{ colour: 'red' | 'yellow' | 'watch'; op?: 'lt' | 'lte' | 'gt' | 'gte'; value?: string; minMonths?: number }>;
  conditionOp?: 'lt' | 'lte' | 'gt' | 'gte';
  conditionValue?: string;
  /** The indicator set the rule applies to; empty = every indicator. */
  indicatorCodes: string[];
}

/** The rule's scope with the indicator set as edited (empty: no indicator restriction). */
function withIndicators(scope: WarningRuleConfig['scope'], codes: string[]): { scope?: NonNullable<WarningRuleConfig['scope']> } {
  const { indicatorCodes: _old, ...rest } = scope ?? {};
  const next = { ...rest, ...(codes.length > 0 ? { indicatorCodes: codes } : {}) };
  return Object.keys(next).length > 0 ? { scope: next } : {};
}

function toConfig(rule: WarningRuleDto, v: FormValues): WarningRuleConfig {
  const { scope, ...c } = rule.config;
  const indicators = withIndicators(scope, v.indicatorCodes ?? []);
  if (c.kind === 'metric_threshold') {
    return { ...c, thresholds: v.thresholds.map((th) => ({ colour: th.colour, op: th.op ?? 'lt', value: (th.value ?? '').trim() })), ...indicators };
  }
  const condition = c.condition.kind === 'metric' ? { ...c.condition, op: v.conditionOp ?? c.condition.op, value: (v.conditionValue ?? '').trim() } : c.condition;
  return { ...c, condition, thresholds: v.thresholds.map((th) => ({ colour: th.colour, minMonths: th.minMonths ?? 1 })), ...indicators };
}

/** Edits one rule's thresholds (and on/off) against the version it was read at; a 409 reloads the list. */
export function RuleEditorDialog({ rule, onClose }: { rule: WarningRuleDto; onClose: () => void }) {
  const { t } = useTranslation('warnings');
  const { message } = App.useApp();
  const put = usePutWarningRule();
  const [issues, setIssues] = useState<string[]>([]);
  const c = rule.config;
  const metric = c.kind === 'metric_threshold' ? c.metric : c.condition.kind === 'metric' ? c.condition.metric : null;
  const [form] = Form.useForm<FormValues>();
  const indicatorOptions = useIndicatorNames();
  const initial: FormValues = {
    enabled: rule.enabled,
    thresholds: c.thresholds.map((th) => ({ ...th })),
    indicatorCodes: [...(c.scope?.indicatorCodes ?? [])],
    ...(c.kind === 'consecutive_months' && c.condition.kind === 'metric' ? { conditionOp: c.condition.op, conditionValue: c.condition.value } : {}),
  };
  const colourOptions = cardColourSchema.options.map((v) => ({ value: v, label: t(`cards.${v}`) }));
  const opOptions = warningComparisonSchema.options.map((v) => ({ value: v, label: t(`rules.ops.${v}`) }));
  const valueRules = [{ required: true, message: t('rules.valueRequired') }, { pattern: /^-?\d{1,13}(\.\d{1,6})?$/, message: t('rules.valueInvalid') }];

  const submit = async () => {
    const config = toConfig(rule, await form.validateFields());
    const found = ruleIssues(config);
    setIssues(found.map((i) => t(`rules.issues.${i}`)));
    if (found.length > 0) return;
    put.mutate(
      { code: rule.code, body: { enabled: form.getFieldValue('enabled') as boolean, config, version: rule.version } },
      {
        onSuccess: () => {
          void message.success(t('rules.saved'));
          onClose();
        },
        onError: (error) => {
          if (isApiError(error, 409)) {
            void message.warning(t('rules.stale'));
            onClose();
          } else void message.error(error.message);
        },
      },
    );
  };

  return (
    <Modal open title={t('rules.editTitle', { code: rule.code })} onOk={() => void submit().catch(() => undefined)} onCancel={onClose} confirmLoading={put.isPending} width={640}>
      <Descriptions size="small" column={1} style={{ marginBottom: 16 }}
        items={[
          { key: 'preset', label: t('rules.preset'), children: rule.presetName },
          { key: 'kind', label: t('rules.kind'), children: t(`rules.kinds.${c.kind}`) },
          ...(metric ? [{ key: 'metric', label: t('rules.metric'), children: t('rules.metricWithHint', { name: t(`rules.metricNames.${metric}`), hint: t(`rules.metricHints.${metric}`) }) }] : []),
          ...(c.kind === 'consecutive_months' ? [{ key: 'condition', label: t('rules.condition'), children: describeCondition(c, t) }] : []),
        ]}
      />
      <Form form={form} layout="vertical" initialValues={initial}>
        <Form.Item name="enabled" label={t('rules.enabled')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="indicatorCodes" label={t('rules.indicators')} extra={t('rules.indicatorsHint')}>
          <Select mode="multiple" allowClear options={indicatorOptions.options} loading={indicatorOptions.loading} placeholder={t('rules.allIndicators')} optionFilterProp="label" />
        </Form.Item>
        {c.kind === 'consecutive_months' && c.condition.kind === 'metric' ? (
          <Flex gap={8}>
            <Form.Item name="conditionOp" label={t('rules.op')}><Select options={opOptions} style={{ width: 120 }} /></Form.Item>
            <Form.Item name="conditionValue" label={t('rules.value')} rules={valueRules}><Input suffix={inPoints(c.condition.metric) ? t('rules.points') : '%'} style={{ width: 160 }} /></Form.Item>
          </Flex>
        ) : null}
        <Form.List name="thresholds">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="flex-start">
                  <Form.Item name={[field.name, 'colour']} label={t('rules.colour')}><Select options={colourOptions} style={{ width: 120 }} /></Form.Item>
                  {c.kind === 'metric_threshold' ? (
                    <>
                      <Form.Item name={[field.name, 'op']} label={t('rules.op')}><Select options={opOptions} style={{ width: 110 }} /></Form.Item>
                      <Form.Item name={[field.name, 'value']} label={t('rules.value')} rules={valueRules}>
                        <Input suffix={inPoints(c.metric) ? t('rules.points') : '%'} style={{ width: 180 }} />
                      </Form.Item>
                    </>
                  ) : (
                    <Form.Item name={[field.name, 'minMonths']} label={t('rules.months')} rules={[{ required: true, message: t('rules.valueRequired') }]}>
                      <InputNumber min={1} max={24} precision={0} style={{ width: 120 }} />
                    </Form.Item>
                  )}
                  <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('rules.removeThreshold')} onClick={() => remove(field.name)} style={{ marginTop: 30 }} />
                </Flex>
              ))}
              {fields.length < 3 ? (
                <Button icon={<PlusOutlined />} onClick={() => add(c.kind === 'metric_threshold' ? { colour: 'watch', op: 'lt', value: '' } : { colour: 'watch', minMonths: 1 })}>
                  {t('rules.addThreshold')}
                </Button>
              ) : null}
            </>
          )}
        </Form.List>
        {issues.length > 0 ? <Alert type="error" showIcon style={{ marginTop: 16 }} title={issues.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
