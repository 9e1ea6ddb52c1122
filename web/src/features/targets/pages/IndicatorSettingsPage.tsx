import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { indicatorSchema, type Indicator, type PutIndicatorSettingsRequest } from '@hongtu/contracts';
import { GROWTH_BASES, REPORTING_FREQUENCIES } from '@hongtu/domain';
import { apiPut } from '../../../api/client';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { indicatorName } from '../../../lib/format';
import { useLanguage } from '../../auth/public';
import { useIndicators } from '../../reporting/public';

/**
 * How each indicator is reported, for the city reviewer and the administrator: its frequency and
 * growth basis, saved per row (audited); the server refuses a change that would orphan stored
 * figures and says which, and the row keeps what was stored.
 */
export function IndicatorSettingsPage() {
  const { t } = useTranslation('targets');
  const { language } = useLanguage();
  const { message } = App.useApp();
  const indicators = useIndicators();
  const queryClient = useQueryClient();
  const [drafts, setDrafts] = useState<Record<string, PutIndicatorSettingsRequest>>({});
  const save = useMutation({
    mutationFn: ({ code, body }: { code: string; body: PutIndicatorSettingsRequest }) =>
      apiPut(`/api/indicators/${encodeURIComponent(code)}/settings`, { body, schema: indicatorSchema }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['reporting'] }),
  });
  const draftOf = (i: Indicator) => drafts[i.code] ?? { frequency: i.frequency, growthBasis: i.growthBasis };
  const change = (i: Indicator, patch: Partial<PutIndicatorSettingsRequest>) => setDrafts((d) => ({ ...d, [i.code]: { ...draftOf(i), ...patch } }));
  const forget = (code: string) => setDrafts(({ [code]: _gone, ...rest }) => rest);
  const dirty = (i: Indicator) => drafts[i.code] !== undefined && (drafts[i.code]!.frequency !== i.frequency || drafts[i.code]!.growthBasis !== i.growthBasis);

  const submit = async (i: Indicator) => {
    try {
      await save.mutateAsync({ code: i.code, body: draftOf(i) });
      forget(i.code);
      void message.success(t('settings.saved', { indicator: indicatorName(i, language) }));
    } catch (e) {
      forget(i.code);
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <>
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      <PageState loading={indicators.isPending} error={indicators.error} onRetry={() => void indicators.refetch()}>
        <Table<Indicator> size="small" bordered pagination={false} rowKey="code" dataSource={indicators.data ?? []}
          columns={[
            { title: t('figures.indicator'), key: 'name', render: (_v, i) => indicatorName(i, language) },
            {
              title: t('settings.frequency'), key: 'frequency', width: 200,
              render: (_v, i) => (
                <Select size="small" style={{ width: 180 }} value={draftOf(i).frequency} aria-label={t('settings.frequencyFor', { indicator: indicatorName(i, language) })}
                  onChange={(frequency) => change(i, { frequency })} options={REPORTING_FREQUENCIES.map((f) => ({ value: f, label: t(`settings.frequencies.${f}`) }))} />
              ),
            },
            {
              title: t('settings.growthBasis'), key: 'growthBasis', width: 220,
              render: (_v, i) => (
                <Select size="small" style={{ width: 200 }} value={draftOf(i).growthBasis} aria-label={t('settings.growthBasisFor', { indicator: indicatorName(i, language) })}
                  onChange={(growthBasis) => change(i, { growthBasis })} options={GROWTH_BASES.map((b) => ({ value: b, label: t(`settings.bases.${b}`) }))} />
              ),
            },
            {
              title: t('list.action'), key: 'save', width: 90,
              render: (_v, i) => (
                <Button size="small" type="primary" disabled={!dirty(i)} loading={save.isPending && save.variables?.code === i.code} onClick={() => void submit(i)}
                  aria-label={t('targets.saveFor', { indicator: indicatorName(i, language) })}>
                  {t('actions.saveRow')}
                </Button>
              ),
            },
          ]} />
      </PageState>
    </>
  );
}
