import { useMemo } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../auth/public';
import { usePeriods } from '../api';
import { fmtPeriod } from '../format';

interface PeriodSelectProps {
  value: string | null;
  onChange: (period: string) => void;
}

/** The reporting month, newest first, named as reports name it ("2022年前三季度", "2026年1-10月"). */
export function PeriodSelect({ value, onChange }: PeriodSelectProps) {
  const { t } = useTranslation('dashboards');
  const { language } = useLanguage();
  const periods = usePeriods();
  const options = useMemo(
    () =>
      (periods.data ?? [])
        .map((p) => p.key)
        .sort()
        .reverse()
        .map((key) => ({ value: key, label: fmtPeriod(key, language) })),
    [periods.data, language],
  );
  return (
    <Select
      aria-label={t('filters.period')}
      value={value ?? undefined}
      onChange={onChange}
      options={options}
      loading={periods.isPending}
      showSearch={{ optionFilterProp: 'label' }}
      style={{ width: 176 }}
      popupMatchSelectWidth={false}
    />
  );
}
