import { useState } from 'react';
import { App, Button, Checkbox, Input, Select, Space, Table, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Indicator, PeriodTarget, Target } from '@hongtu/contracts';
import { isApiError } from '../../../api/client';
import { indicatorName, indicatorUnit } from '../../../lib/format';
import { useLanguage } from '../../auth/public';
import { usePutPeriodTarget, usePutTarget } from '../api';
import { isQ1Dirty, q1DraftFrom, q1Of, toQ1PutRequest, type Q1Draft } from '../model/periodTargets';
import { draftFromTarget, firstShare, isDraftDirty, toPutRequest, type TargetDraft } from '../model/targets';
import { ScheduleDialog } from './ScheduleDialog';
import { SourceTag } from '../../reporting/public';

interface Props {
  year: number;
  organisationId: number;
  indicators: readonly Indicator[];
  targets: readonly Target[];
  /** The district's targets for part of the year as stated (the Q1 amount is edited here). */
  periodTargets: readonly PeriodTarget[];
}

/**
 * One row per indicator: amount and growth targets with comparators, "no target", schedule, and the
 * Q1 target as stated (an amount of its own, not a share of the year); saved per row, each with its version.
 */
export function TargetsTable({ year, organisationId, indicators, targets, periodTargets }: Props) {
  const { t } = useTranslation('targets');
  const { language } = useLanguage();
  const { message } = App.useApp();
  const put = usePutTarget(year, organisationId);
  const putQ1 = usePutPeriodTarget(year, organisationId);
  const [drafts, setDrafts] = useState<Record<string, TargetDraft>>({});
  const [q1Drafts, setQ1Drafts] = useState<Record<string, Q1Draft>>({});
  const [saving, setSaving] = useState<string | null>(null);
  const [scheduling, setScheduling] = useState<Indicator | null>(null);
  const byCode = new Map(targets.map((x) => [x.indicatorCode, x]));

  const draftOf = (i: Indicator) => drafts[i.code] ?? draftFromTarget(byCode.get(i.code), i.direction);
  const change = (i: Indicator, patch: Partial<TargetDraft>) => setDrafts((d) => ({ ...d, [i.code]: { ...draftOf(i), ...patch } }));
  const forget = (code: string) => setDrafts(({ [code]: _gone, ...rest }) => rest);
  const q1DraftOf = (i: Indicator) => q1Drafts[i.code] ?? q1DraftFrom(q1Of(periodTargets, i.code), i.direction);
  const changeQ1 = (i: Indicator, patch: Partial<Q1Draft>) => setQ1Drafts((d) => ({ ...d, [i.code]: { ...q1DraftOf(i), ...patch } }));
  const forgetQ1 = (code: string) => setQ1Drafts(({ [code]: _gone, ...rest }) => rest);
  const annualDirty = (i: Indicator) => isDraftDirty(draftOf(i), byCode.get(i.code), i.direction);
  const q1Dirty = (i: Indicator) => isQ1Dirty(q1DraftOf(i), q1Of(periodTargets, i.code), i.direction);

  /** Saves what changed of the row: the annual target, then the stated Q1 target (each with its version). */
  const save = async (i: Indicator) => {
    const key = { year, organisationId, indicatorCode: i.code };
    setSaving(i.code);
    try {
      if (annualDirty(i)) {
        await put.mutateAsync(toPutRequest(draftOf(i), { ...key, version: byCode.get(i.code)?.version ?? 0 }));
        forget(i.code);
      }
      if (q1Dirty(i)) {
        await putQ1.mutateAsync(toQ1PutRequest(q1DraftOf(i), { ...key, version: q1Of(periodTargets, i.code)?.version ?? 0 }));
        forgetQ1(i.code);
      }
      void message.success(t('targets.saved', { indicator: indicatorName(i, language) }));
    } catch (e) {
      if (isApiError(e, 409)) {
        forget(i.code);
        forgetQ1(i.code);
        void message.warning(t('targets.conflict'));
      } else void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(null);
    }
  };

  const comparator = (i: Indicator, field: 'amountComparator' | 'growthComparator', label: string) => (
    <Select size="small" aria-label={label} value={draftOf(i)[field]} style={{ width: 88 }} onChange={(v) => change(i, { [field]: v })}
      options={[{ value: 'ge', label: t('targets.ge') }, { value: 'le', label: t('targets.le') }]} />
  );

  return (
    <>
      <Table<Indicator>
        size="small" bordered pagination={false} rowKey="code" dataSource={[...indicators]} scroll={{ x: 1230 }}
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
            title: t('targets.q1Amount'), key: 'q1Amount', width: 200,
            render: (_v, i) => {
              const d = q1DraftOf(i);
              const name = indicatorName(i, language);
              return (
                <Space.Compact size="small">
                  <Input size="small" aria-label={t('targets.q1AmountFor', { indicator: name })} value={d.amount} placeholder={t('targets.q1AmountHint')}
                    style={{ width: 110, textAlign: 'right' }} onChange={(e) => changeQ1(i, { amount: e.target.value })} />
                  <Select size="small" aria-label={t('targets.q1ComparatorFor', { indicator: name })} value={d.comparator} style={{ width: 88 }}
                    onChange={(v) => changeQ1(i, { comparator: v })}
                    options={[{ value: 'ge', label: t('targets.ge') }, { value: 'le', label: t('targets.le') }]} />
                </Space.Compact>
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
              <Button size="small" type="primary" icon={<SaveOutlined />} disabled={!annualDirty(i) && !q1Dirty(i)}
                loading={saving === i.code} onClick={() => void save(i)} aria-label={t('targets.saveFor', { indicator: indicatorName(i, language) })}>
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
