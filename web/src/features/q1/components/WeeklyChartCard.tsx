import { useMemo } from 'react';
import { Card, Empty, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Locale, Q1Board } from '@hongtu/contracts';
import { EChart } from '../../../components/charts/EChart';
import { chartPick } from '../charts/chartPick';
import { hasWeeks, weeklyOption, type WeeklyChartTexts } from '../charts/weeklyOption';

interface WeeklyChartCardProps {
  board: Q1Board;
  locale: Locale;
  organisationId: number | undefined;
  indicatorCode: string | undefined;
  onChange: (next: { organisationId?: number; indicatorCode?: string }) => void;
}

/** The weekly line of one district and indicator against the Q1 target pace. */
export function WeeklyChartCard({ board, locale, organisationId, indicatorCode, onChange }: WeeklyChartCardProps) {
  const { t } = useTranslation('q1');
  const { row, indicator } = useMemo(() => chartPick(board, organisationId, indicatorCode), [board, organisationId, indicatorCode]);
  const cell = row && indicator ? row.cells.find((c) => c.indicatorCode === indicator.code) : undefined;
  const texts: WeeklyChartTexts = useMemo(() => ({
    ytd: t('chart.ytd'),
    trajectory: t('chart.trajectory'),
    week: (week) => t('chart.week', { week }),
    endDate: (date) => t('chart.endDate', { date }),
  }), [t]);
  const option = useMemo(
    () => (cell && indicator ? weeklyOption(cell, indicator, board.weeks, texts, locale) : null),
    [cell, indicator, board.weeks, texts, locale],
  );
  if (!row || !indicator) return null;
  const names = { district: row.organisationName, indicator: indicator.name };

  return (
    <Card
      title={t('chart.title', names)}
      style={{ marginBottom: 16 }}
      extra={
        <Space wrap>
          <Select
            aria-label={t('chart.district')}
            value={row.organisationId}
            onChange={(id: number) => onChange({ organisationId: id })}
            options={board.rows.map((r) => ({ value: r.organisationId, label: r.organisationName }))}
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 140 }}
          />
          <Select
            aria-label={t('chart.indicator')}
            value={indicator.code}
            onChange={(code: string) => onChange({ indicatorCode: code })}
            options={board.indicators.map((i) => ({ value: i.code, label: i.name }))}
            style={{ width: 200 }}
          />
        </Space>
      }
    >
      {cell && hasWeeks(cell) && option ? (
        <EChart option={option} height={320} ariaLabel={t('chart.label', names)} />
      ) : (
        <Empty description={t('chart.empty')} />
      )}
    </Card>
  );
}
