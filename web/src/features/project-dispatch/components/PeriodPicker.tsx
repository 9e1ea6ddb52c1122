import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { periodFrom } from '../model/period';

/** The page's month from the URL (?period=2026-10), and a setter that keeps it there. */
export function usePeriod(): [string, (period: string) => void] {
  const [params, setParams] = useSearchParams();
  const period = periodFrom(params.get('period'), new Date());
  return [period, (next) => setParams((p) => { p.set('period', next); return p; })];
}

export function PeriodPicker({ value, onChange }: { value: string; onChange: (period: string) => void }) {
  const { t } = useTranslation('project-dispatch');
  return (
    <DatePicker picker="month" allowClear={false} aria-label={t('period')} value={dayjs(`${value}-01`)}
      onChange={(d) => { if (d) onChange(d.format('YYYY-MM')); }} />
  );
}
