import { useState } from 'react';
import { App, Button, Card, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { WarningRuleDto } from '@hongtu/contracts';
import { isApiError } from '../../../api/client';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { formatShanghai } from '../../../lib/time';
import { usePutWarningRule, useWarningRules } from '../api';
import { RuleEditorDialog } from '../components/RuleEditorDialog';
import { describeCondition, describeIndicatorSet, describeThresholds } from '../ruleText';
import { useIndicatorNames } from '../indicators';

/** /warning-rules (city reviewer) — the preset rules (Wuhan, Yinchuan, Sanya, county, the defaults for growth targets and ceilings): switch on/off, edit thresholds and the indicator set each applies to. */
export function WarningRulesPage() {
  const { t } = useTranslation('warnings');
  const { message } = App.useApp();
  const rules = useWarningRules();
  const put = usePutWarningRule();
  const [editing, setEditing] = useState<WarningRuleDto | null>(null);
  const indicators = useIndicatorNames();

  const toggle = (rule: WarningRuleDto, enabled: boolean) =>
    put.mutate(
      { code: rule.code, body: { enabled, config: rule.config, version: rule.version } },
      {
        onSuccess: () => void message.success(t('rules.toggled', { state: t(enabled ? 'rules.on' : 'rules.off') })),
        onError: (error) => void (isApiError(error, 409) ? message.warning(t('rules.stale')) : message.error(error.message)),
      },
    );

  const columns: TableColumnsType<WarningRuleDto> = [
    {
      key: 'preset',
      title: t('rules.preset'),
      dataIndex: 'presetName',
      width: 150,
      onCell: (rule, index) => {
        const list = rules.data ?? [];
        const first = index === 0 || list[(index ?? 0) - 1]?.preset !== rule.preset;
        return { rowSpan: first ? list.filter((r) => r.preset === rule.preset).length : 0 };
      },
      render: (name: string) => <Typography.Text strong>{name}</Typography.Text>,
    },
    {
      key: 'code',
      title: t('rules.code'),
      dataIndex: 'code',
      width: 220,
      render: (code: string) => (
        <Typography.Text code style={{ whiteSpace: 'nowrap', fontSize: 12 }}>
          {code}
        </Typography.Text>
      ),
    },
    {
      key: 'kind',
      title: t('rules.kind'),
      width: 150,
      render: (_, r) => (
        <>
          <Tag>{t(`rules.kinds.${r.config.kind}`)}</Tag>
          {r.config.kind === 'consecutive_months' ? <div style={{ fontSize: 12, marginTop: 4 }}>{describeCondition(r.config, t)}</div> : null}
        </>
      ),
    },
    {
      key: 'thresholds',
      title: t('rules.thresholds'),
      render: (_, r) => describeThresholds(r.config, t).map((line) => <div key={line} style={{ whiteSpace: 'nowrap' }}>{line}</div>),
    },
    {
      key: 'indicators',
      title: t('rules.indicators'),
      width: 200,
      render: (_, r) => {
        const set = describeIndicatorSet(r.config, indicators.names);
        return set === null ? <Typography.Text type="secondary">{t('rules.allIndicators')}</Typography.Text> : set.map((name) => <Tag key={name} style={{ marginBottom: 2 }}>{name}</Tag>);
      },
    },
    {
      key: 'enabled',
      title: t('rules.enabled'),
      width: 80,
      render: (_, r) => (
        <Switch checked={r.enabled} loading={put.isPending && put.variables?.code === r.code} onChange={(on) => toggle(r, on)} aria-label={`${t('rules.enabled')} ${r.code}`} />
      ),
    },
    { key: 'version', title: t('rules.version'), dataIndex: 'version', width: 64, align: 'center' },
    { key: 'updatedAt', title: t('rules.updatedAt'), dataIndex: 'updatedAt', width: 160, render: (v: string) => formatShanghai(v) },
    {
      key: 'edit',
      title: '',
      width: 120,
      render: (_, r) => (
        <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(r)}>
          {t('rules.edit')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('rules.title')} subtitle={t('rules.subtitle')} />
      <PageState loading={rules.isPending} error={rules.error} onRetry={() => void rules.refetch()} empty={rules.data?.length === 0}>
        <Card>
          <Table<WarningRuleDto> rowKey="code" size="middle" bordered columns={columns} dataSource={rules.data ?? []} pagination={false} scroll={{ x: 1380 }} />
        </Card>
      </PageState>
      {editing ? <RuleEditorDialog key={`${editing.code}-${editing.version}`} rule={editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
