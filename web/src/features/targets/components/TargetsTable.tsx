import { useState } from 'react';
import { App, Button, Checkbox, Input, Select, Space, Table, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Indicator, Target } from '@hongtu/contracts';
import { isApiError } from '../../../api/client';
import { indicatorName, indicatorUnit } from '../../../lib/format';
import { useLanguage } from '../../auth/public';
import { usePutTarget } from '../api';
import { draftFromTarget, firstShare, isDraftDirty, toPutRequest, type TargetDraft } from '../model/targets';
import { ScheduleDialog } from './ScheduleDialog';
import { SourceTag } from '../../reporting/public';

interface Props {
  year: number;
  organisationId: number;
  indicators: readonly Indicator[];
  targets: readonly Target[];
}

/** One row per indicator: amount and growth targets with comparators, "no target", schedule; saved per row with its version. */
export function TargetsTable({ year, organisationId, indicators, targets }: Props) {
  const { t } = useTranslation('targets');
  const { language } = useLanguage();
  const { message } = App.useApp();
  const put = usePutTarget(year, organisationId);
  const [drafts, setDrafts] = useState<Record<string, TargetDraft>>({});
  const [saving, setSaving] = useState<string | null>(null);
  const [scheduling, setScheduling] = useState<Indicator | null>(null);
  const byCode = new Map(targets.map((x) => [x.indicatorCode, x]));

  const draftOf = (i: Indicator) => drafts[i.code] ?? draftFromTarget(byCode.get(i.code), i.direction);
  const change = (i: Indicator, patch: Partial<TargetDraft>) => setDrafts((d) => ({ ...d, [i.code]: { ...draftOf(i), ...patch } }));
  const forget = (code: string) => setDrafts(({ [code]: _gone, ...rest }) => rest);

  const save = (i: Indicator) => {
    const target = byCode.get(i.code);
    setSaving(i.code);
    put.mutate(toPutRequest(draftOf(i), { year, organisationId, indicatorCode: i.code, version: target?.version ?? 0 }), {
      onSuccess: () => {
        forget(i.code);
        void message.success(t('targets.saved', { indicator: indicatorName(i, language) }));
      },
      onError: (e) => {
        if (isApiError(e, 409)) {
          forget(i.code);
          void message.warning(t('targets.conflict'));
        } else void message.error(e.message);
      },
      onSettled: () => setSaving(null),
    });
  };

  const comparator = (i: Indicator, field: 'amountComparator' | 'growthComparator', label: string) => (
    <Select size="small" aria-label={label} value={draftOf(i)[field]} style={{ width: 88 }} onChange={(v) => change(i, { [field]: v })}
      options={[{ value: 'ge', label: t('targets.ge') }, { value: 'le', label: t('targets.le') }]} />
  );

  return (
    <>
      <Table<Indicator>
        size="small" bordered pagination={false} rowKey="code" dataSource={[...indicators]} scroll={{ x: 1030 }}
        columns={[
          { title: t('figures.indicator'), key: 'name', fixed: 'left', width: 180, render: (_v, i) => indicatorName(i, language) },
          { title: t('figures.unit'), key: 'unit', width: 64, render: (_v, i) => indicatorUnit(i, language) },
          {
            title: t('targets.amount'), key: 'amount', width: 210,
            render: (_v, i) => {
              const d = draftOf(i);
              const name = indicatorName(i, language);
              return d.noTarget ? '-' : (
                <Space.Compact size="small">
                  <Input size="small" aria-label={t('targets.amountFor', { indicator: name })} value={d.amountTarget} style={{ width: 120, textAlign: 'right' }}
                    onChange={(e) => change(i, { amountTarget: e.target.value })} />
                  {comparator(i, 'amountComparator', t('targets.amountComparatorFor', { indicator: name }))}
                </Space.Compact>
              );
            },
          },
          {
            title: t('targets.growth'), key: 'growth', width: 190,
            render: (_v, i) => {
              const d = draftOf(i);
              const name = indicatorName(i, language);
              return d.noTarget ? '-' : (
                <Space.Compact size="small">
                  <Input size="small" suffix="%" aria-label={t('targets.growthFor', { indicator: name })} value={d.growthTarget} style={{ width: 100 }}
                    onChange={(e) => change(i, { growthTarget: e.target.value })} />
                  {comparator(i, 'growthComparator', t('targets.growthComparatorFor', { indicator: name }))}
                </Space.Compact>
              );
            },
          },
          {
            title: t('targets.noTarget'), key: 'noTarget', width: 80, align: 'center',
            render: (_v, i) => <Checkbox aria-label={t('targets.noTargetFor', { indicator: indicatorName(i, language) })} checked={draftOf(i).noTarget} onChange={(e) => change(i, { noTarget: e.target.checked })} />,
          },
          {
            title: t('targets.schedule'), key: 'schedule', width: 120,
            render: (_v, i) => {
              const first = firstShare(draftOf(i).schedule);
              return (
                <Button size="small" type="link" style={{ padding: 0 }} onClick={() => setScheduling(i)}>
                  {first ? t(first.kind === 'quarterly' ? 'targets.q1Share' : 'targets.m1Share', { share: first.share }) : t('targets.linear')}
                </Button>
              );
            },
          },
          {
            title: t('figures.source'), key: 'source', width: 96,
            render: (_v, i) => {
              const target = byCode.get(i.code);
              return target ? <SourceTag source={target.source} sourceRef={target.sourceRef} sourceQuote={target.sourceQuote} /> : <Typography.Text type="secondary">{t('targets.none')}</Typography.Text>;
            },
          },
          {
            title: t('list.action'), key: 'save', width: 84, fixed: 'right',
            render: (_v, i) => (
              <Button size="small" type="primary" icon={<SaveOutlined />} disabled={!isDraftDirty(draftOf(i), byCode.get(i.code), i.direction)}
                loading={saving === i.code} onClick={() => save(i)} aria-label={t('targets.saveFor', { indicator: indicatorName(i, language) })}>
                {t('actions.saveRow')}
              </Button>
            ),
          },
        ]}
      />
      {scheduling ? (
        <ScheduleDialog indicatorName={indicatorName(scheduling, language)} schedule={draftOf(scheduling).schedule} onCancel={() => setScheduling(null)}
          onOk={(schedule) => {
            change(scheduling, { schedule });
            setScheduling(null);
          }} />
      ) : null}
    </>
  );
}
