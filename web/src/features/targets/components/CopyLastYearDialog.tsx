import { useState } from 'react';
import { Alert, App, Checkbox, Modal, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Indicator, Organisation, Target } from '@hongtu/contracts';
import { indicatorName } from '../../../lib/format';
import { useDisplayText } from '../../../lib/traditional';
import { useLanguage } from '../../auth/public';
import { PageState } from '../../../components/PageState';
import { usePutTargetMatrix, useYearTargets } from '../api';
import { copyFromLastYear, type CopyRow } from '../model/matrix';

interface Props {
  year: number;
  organisations: readonly Organisation[];
  indicators: readonly Indicator[];
  targets: readonly Target[];
  onClose: () => void;
}

/** A target as a bulletin states it: "≥ 1,300 · ≥ 6.5%", or "不设目标". */
function statement(target: Target | null, words: { none: string; noTarget: string }): string {
  if (!target) return words.none;
  if (target.noTarget) return words.noTarget;
  const sign = (c: string | null) => (c === 'le' ? '≤' : '≥');
  return [target.amountTarget ? `${sign(target.amountComparator)} ${target.amountTarget}` : null,
    target.growthTarget ? `${sign(target.growthComparator)} ${target.growthTarget}%` : null].filter(Boolean).join(' · ');
}

/**
 * Last year's targets copied into this year: the preview lists each target that would be written
 * (and what it replaces); nothing is saved until confirmed, and then all at once (the matrix's save).
 */
export function CopyLastYearDialog({ year, organisations, indicators, targets, onClose }: Props) {
  const { t } = useTranslation('targets');
  const { language } = useLanguage();
  const { message } = App.useApp();
  const lastYear = useYearTargets(year - 1);
  const save = usePutTargetMatrix(year);
  const [overwrite, setOverwrite] = useState(false);
  const words = { none: t('targets.none'), noTarget: t('targets.noTarget') };
  const show = useDisplayText();
  const names = new Map(organisations.map((o) => [o.id, show(o.name)]));
  const indicatorNames = new Map(indicators.map((i) => [i.code, indicatorName(i, language)]));
  const copy = copyFromLastYear(lastYear.data ?? [], targets, {
    overwrite, organisationIds: organisations.map((o) => o.id), indicatorCodes: indicators.map((i) => i.code),
  });

  const confirm = async () => {
    try {
      const result = await save.mutateAsync({ year, cells: copy.cells });
      void message.success(t('matrix.copied', { count: result.items.length, from: year - 1 }));
      onClose();
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Modal open width={760} title={t('matrix.copyTitle', { from: year - 1, to: year })} onCancel={onClose}
      okText={t('matrix.copyConfirm', { count: copy.cells.length })} okButtonProps={{ disabled: copy.cells.length === 0, loading: save.isPending }}
      cancelText={t('actions.cancel')} onOk={() => void confirm()}>
      <PageState loading={lastYear.isPending} error={lastYear.error} onRetry={() => void lastYear.refetch()}>
        <Checkbox checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} style={{ marginBottom: 12 }}>
          {t('matrix.overwrite', { to: year })}
        </Checkbox>
        <Alert type="info" showIcon style={{ marginBottom: 12 }}
          title={t('matrix.copyPreview', { count: copy.rows.length, kept: copy.kept, from: year - 1 })} />
        <Table<CopyRow> size="small" rowKey={(r) => `${r.organisationId}:${r.indicatorCode}`} dataSource={copy.rows} pagination={{ pageSize: 10, hideOnSinglePage: true }}
          columns={[
            { title: t('targets.organisation'), key: 'o', render: (_v, r) => names.get(r.organisationId) },
            { title: t('figures.indicator'), key: 'i', render: (_v, r) => indicatorNames.get(r.indicatorCode) },
            { title: t('matrix.lastYear', { year: year - 1 }), key: 'from', render: (_v, r) => statement(r.from, words) },
            { title: t('matrix.thisYear', { year }), key: 'to', render: (_v, r) => <Typography.Text type={r.replaces ? 'warning' : undefined}>{statement(r.replaces, words)}</Typography.Text> },
          ]} />
      </PageState>
    </Modal>
  );
}
