import { useMemo, useState } from 'react';
import { App, Button, Flex, Input, Segmented, Table, Typography } from 'antd';
import { CopyOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Indicator, Organisation, Target } from '@hongtu/contracts';
import { isApiError } from '../../../api/client';
import { indicatorName, indicatorUnit } from '../../../lib/format';
import { useDisplayText } from '../../../lib/traditional';
import { useLanguage } from '../../auth/public';
import { usePutTargetMatrix } from '../api';
import {
  cellOfDetail, cellValue, isEdited, matrixCells, targetsByCell, withEdit, withoutCells, type MatrixEdits, type MatrixMeasure,
} from '../model/matrix';
import { CopyLastYearDialog } from './CopyLastYearDialog';

interface Props {
  year: number;
  organisations: readonly Organisation[];
  indicators: readonly Indicator[];
  targets: readonly Target[];
}

const EDITED = { background: '#fffbe6' };
const REFUSED = { background: '#fff1f0' };

/**
 * The year's targets of every district in one table (a row per district, a column per indicator),
 * the amount or the growth at a time; every change is saved at once with one button (one
 * transaction: a stale or refused cell saves nothing and is marked), or filled from last year.
 */
export function TargetMatrix({ year, organisations, indicators, targets }: Props) {
  const { t } = useTranslation('targets');
  const { language } = useLanguage();
  const { message } = App.useApp();
  const show = useDisplayText();
  const save = usePutTargetMatrix(year);
  const [measure, setMeasure] = useState<MatrixMeasure>('amount');
  const [edits, setEdits] = useState<MatrixEdits>({});
  const [refused, setRefused] = useState<ReadonlySet<string>>(new Set());
  const [copying, setCopying] = useState(false);
  const stored = useMemo(() => targetsByCell(targets), [targets]);
  const pending = matrixCells(edits, stored, indicators, year);

  const submit = async () => {
    const cells = pending;
    try {
      const result = await save.mutateAsync({ year, cells });
      setEdits({});
      setRefused(new Set());
      void message.success(t('matrix.saved', { count: result.items.length }));
    } catch (e) {
      const named = isApiError(e) ? (e.details ?? []).flatMap((d) => cellOfDetail(d.path, cells) ?? []) : [];
      setRefused(new Set(named.map((c) => `${c.organisationId}:${c.indicatorCode}`)));
      // Cells someone else changed meanwhile are read again: what was typed there is dropped.
      if (isApiError(e, 409)) setEdits((current) => withoutCells(current, named));
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 12 }}>
        <Segmented<MatrixMeasure> value={measure} onChange={setMeasure} aria-label={t('matrix.measure')}
          options={[{ value: 'amount', label: t('targets.amount') }, { value: 'growth', label: t('targets.growth') }]} />
        <Flex gap={8} wrap align="center">
          <Typography.Text type="secondary">{t('matrix.pending', { count: pending.length })}</Typography.Text>
          <Button icon={<CopyOutlined />} onClick={() => setCopying(true)}>{t('matrix.copy', { year: year - 1 })}</Button>
          <Button icon={<UndoOutlined />} disabled={pending.length === 0} onClick={() => { setEdits({}); setRefused(new Set()); }}>{t('matrix.discard')}</Button>
          <Button type="primary" icon={<SaveOutlined />} disabled={pending.length === 0} loading={save.isPending} onClick={() => void submit()}>
            {t('matrix.save', { count: pending.length })}
          </Button>
        </Flex>
      </Flex>
      <Table<Organisation>
        size="small" bordered pagination={false} rowKey="id" dataSource={[...organisations]} scroll={{ x: 160 + indicators.length * 120, y: 560 }}
        columns={[
          { title: t('targets.organisation'), key: 'organisation', fixed: 'left', width: 140, render: (_v, o) => show(o.name) },
          ...indicators.map((i) => ({
            title: `${indicatorName(i, language)}${measure === 'growth' ? '（%）' : indicatorUnit(i, language) ? `（${indicatorUnit(i, language)}）` : ''}`,
            key: i.code,
            width: 120,
            render: (_v: unknown, o: Organisation) => {
              const key = `${o.id}:${i.code}`;
              const style = refused.has(key) ? REFUSED : isEdited(edits, o.id, i.code, measure) ? EDITED : undefined;
              return (
                <Input size="small" value={cellValue(edits, stored, o.id, i.code, measure)} style={{ textAlign: 'right', ...style }}
                  aria-label={t('matrix.cellFor', { organisation: show(o.name), indicator: indicatorName(i, language), measure: t(measure === 'amount' ? 'targets.amount' : 'targets.growth') })}
                  status={refused.has(key) ? 'error' : undefined}
                  placeholder={stored.get(key)?.noTarget ? t('targets.noTarget') : undefined}
                  onChange={(e) => setEdits((current) => withEdit(current, stored, o.id, i.code, measure, e.target.value))} />
              );
            },
          })),
        ]}
      />
      {copying ? (
        <CopyLastYearDialog year={year} organisations={organisations} indicators={indicators} targets={targets}
          onClose={() => setCopying(false)} />
      ) : null}
    </>
  );
}
