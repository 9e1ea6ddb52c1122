import { useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@hongtu/contracts';
import { EChart } from '../../../components/charts/EChart';
import { DARK_PALETTE } from '../../../components/charts/palette';
import { useDistrictDashboard } from '../api';
import { trendOption } from '../charts/trendOption';
import { useTrendChartTexts } from '../charts/useChartTexts';
import { Panel, RotationDots } from './Panel';
import type { TrendPick } from './screenData';

interface TrendPanelProps {
  pick: TrendPick | undefined;
  year: number;
  position: { index: number; count: number };
  locale: Locale;
  style: CSSProperties;
}

const PALETTE = { ...DARK_PALETTE, fontSize: 15 };

/** A carded district's indicator through the year against its target trajectory. */
export function TrendPanel({ pick, year, position, locale, style }: TrendPanelProps) {
  const { t } = useTranslation('dashboards');
  const texts = useTrendChartTexts();
  const district = useDistrictDashboard(pick?.organisationId ?? null, year);
  const item = district.data?.indicators.find((i) => i.indicatorCode === pick?.indicatorCode);
  const option = useMemo(() => (item ? trendOption(item, year, texts, locale, PALETTE) : null), [item, year, texts, locale]);
  return (
    <Panel
      title={pick && item ? t('bigscreen.trendTitle', { district: pick.organisationName, indicator: item.indicator.name }) : t('district.responsibility')}
      extra={<RotationDots count={Math.min(position.count, 12)} active={position.index % Math.min(Math.max(position.count, 1), 12)} />}
      style={style}
      testId="bs-trend"
    >
      {option && item ? (
        <EChart option={option} height="100%" ariaLabel={t('district.trendLabel', { indicator: item.indicator.name })} />
      ) : (
        <div className="hbs-empty">{pick ? t('bigscreen.loading') : t('bigscreen.noData')}</div>
      )}
    </Panel>
  );
}
