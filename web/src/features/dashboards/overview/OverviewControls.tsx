import { useMemo } from 'react';
import { Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@hongtu/contracts';
import { useIndicators } from '../api';
import { OVERVIEW_SORTS, SORT_LABEL, type OverviewSort } from './sorting';

interface OverviewControlsProps {
  locale: Locale;
  /** The codes shown, in order (the answer's columns). */
  shown: readonly string[];
  onColumns: (codes: string[] | null) => void;
  sortBy: OverviewSort;
  onSort: (sort: OverviewSort) => void;
}

/** The overview's indicator picker (every indicator, the key ones by default) and what its columns sort by. */
export function OverviewControls({ locale, shown, onColumns, sortBy, onSort }: OverviewControlsProps) {
  const { t } = useTranslation('dashboards');
  const indicators = useIndicators();
  const options = useMemo(
    () => [...(indicators.data ?? [])].sort((a, b) => a.sortOrder - b.sortOrder).map((i) => ({ value: i.code, label: i.names[locale] })),
    [indicators.data, locale],
  );
  const keyCodes = useMemo(() => (indicators.data ?? []).filter((i) => i.key).sort((a, b) => a.sortOrder - b.sortOrder).map((i) => i.code), [indicators.data]);
  return (
    <>
      <Space size={6}>
        <Typography.Text>{t('overview.columns')}</Typography.Text>
        <Select
          mode="multiple"
          aria-label={t('overview.columns')}
          title={t('overview.columnsHint')}
          value={[...shown]}
          options={options}
          loading={indicators.isPending}
          maxTagCount="responsive"
          optionFilterProp="label"
          onChange={(codes: string[]) => {
            // The key indicators in their order are the default: the URL stays short.
            const same = codes.length === keyCodes.length && codes.every((c, i) => c === keyCodes[i]);
            onColumns(codes.length === 0 || same ? null : codes);
          }}
          style={{ minWidth: 280, maxWidth: 520 }}
          data-testid="overview-columns"
        />
      </Space>
      <Space size={6}>
        <Typography.Text>{t('overview.sortBy')}</Typography.Text>
        <Select
          aria-label={t('overview.sortBy')}
          value={sortBy}
          onChange={onSort}
          options={OVERVIEW_SORTS.map((s) => ({ value: s, label: t(SORT_LABEL[s]) }))}
          style={{ width: 140 }}
          popupMatchSelectWidth={false}
        />
      </Space>
    </>
  );
}
