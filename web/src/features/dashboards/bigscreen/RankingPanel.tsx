import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@hongtu/contracts';
import { DARK_PALETTE } from '../../../components/charts/palette';
import { useRanking } from '../api';
import { RankingChart } from '../ranking/RankingChart';
import { Panel, RotationDots } from './Panel';

interface RankingPanelProps {
  period: string;
  indicators: string[];
  index: number;
  locale: Locale;
  style: CSSProperties;
}

const PALETTE = { ...DARK_PALETTE, fontSize: 17 };

/** The districts ranked by completion of one key indicator; the indicator changes with the rotation. */
export function RankingPanel({ period, indicators, index, locale, style }: RankingPanelProps) {
  const { t } = useTranslation('dashboards');
  const code = indicators[index % Math.max(1, indicators.length)];
  const ranking = useRanking(code ? { period, indicator: code, measure: 'completion' } : null);
  const data = ranking.data;
  return (
    <Panel
      title={data ? t('bigscreen.rankingTitle', { indicator: data.indicator.name }) : t('nav.ranking')}
      extra={<RotationDots count={indicators.length} active={index % Math.max(1, indicators.length)} />}
      style={style}
      testId="bs-ranking"
    >
      {data ? (
        <RankingChart ranking={data} locale={locale} palette={PALETTE} height="100%" ariaLabel={t('ranking.chartLabel', { indicator: data.indicator.name, measure: t('measures.completion') })} />
      ) : (
        <div className="hbs-empty">{ranking.isError ? ranking.error.message : t('bigscreen.loading')}</div>
      )}
    </Panel>
  );
}
