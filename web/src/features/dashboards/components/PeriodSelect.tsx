import { useMemo } from 'react';
import { Select, Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DashboardMonth } from '@hongtu/contracts/dashboard-months';
import { isMonthComplete } from '@hongtu/domain';
import { useLanguage } from '../../auth/public';
import { useMonths } from '../api';
import { fmtPeriod } from '../format';

interface PeriodSelectProps {
  value: string | null;
  onChange: (period: string) => void;
}

/** "已审核 12/17 区" (and "已发布") of a month, green when complete, orange while units are missing. */
export function MonthCoverage({ month }: { month: DashboardMonth | undefined }) {
  const { t } = useTranslation('dashboards');
  if (!month) return null;
  const complete = isMonthComplete(month);
  return (
    <Tooltip title={complete ? null : t('filters.coverageHint')}>
      <Tag color={complete ? 'success' : 'warning'} data-testid="month-coverage" style={{ marginInlineEnd: 0 }}>
        {t('filters.coverage', { approved: month.approved, total: month.total })}
        {month.published ? ` · ${t('filters.published')}` : ''}
      </Tag>
    </Tooltip>
  );
}

/**
 * The reporting month, newest first, named as reports name it ("2022年前三季度", "2026年1-10月"),
 * each with how far the city has come (已审核 12/17 区); beside it the chosen month's coverage.
 */
export function PeriodSelect({ value, onChange }: PeriodSelectProps) {
  const { t } = useTranslation('dashboards');
  const { language } = useLanguage();
  const months = useMonths();
  const items = months.data?.items;
  const options = useMemo(
    () =>
      [...(items ?? [])]
        .sort((a, b) => (a.periodKey < b.periodKey ? 1 : -1))
        .map((m) => ({
          value: m.periodKey,
          label: fmtPeriod(m.periodKey, language),
          coverage: `${t('filters.coverage', { approved: m.approved, total: m.total })}${m.published ? ` · ${t('filters.published')}` : ''}`,
          complete: isMonthComplete(m),
        })),
    [items, language, t],
  );
  return (
    <Space size={8}>
      <Select
        aria-label={t('filters.period')}
        value={value ?? undefined}
        onChange={onChange}
        options={options}
        loading={months.isPending}
        showSearch={{ optionFilterProp: 'label' }}
        optionRender={(o) => (
          <Space size={12} style={{ justifyContent: 'space-between', width: '100%' }}>
            <span>{o.data.label}</span>
            <span style={{ fontSize: 12, color: o.data.complete ? '#389e0d' : '#ad6800' }}>{o.data.coverage}</span>
          </Space>
        )}
        style={{ width: 176 }}
        popupMatchSelectWidth={false}
      />
      <MonthCoverage month={items?.find((m) => m.periodKey === value)} />
    </Space>
  );
}
