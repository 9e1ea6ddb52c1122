import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RankingMeasure } from '@hongtu/contracts';
import type { RankingChartTexts } from './rankingBarOption';
import type { TrendChartTexts } from './trendOption';

/** The words the ranking chart writes, in the UI language. */
export function useRankingChartTexts(measure: RankingMeasure): RankingChartTexts {
  const { t } = useTranslation('dashboards');
  return useMemo(
    () => ({
      timeProgress: t('figures.timeProgress'),
      average: t('figures.average'),
      annualTarget: t('figures.annualTarget'),
      targetToDate: t('figures.targetToDate'),
      value: t(`measures.${measure}`),
      ytd: t('figures.ytd'),
      target: t('figures.target'),
      completion: t('figures.completion'),
      rank: (rank: number) => t('figures.rank', { rank }),
      noRank: t('figures.noRank'),
      cards: { red: t('cards.red'), yellow: t('cards.yellow'), watch: t('cards.watch') },
    }),
    [t, measure],
  );
}

/** The words the trend chart writes, in the UI language. */
export function useTrendChartTexts(): TrendChartTexts {
  const { t } = useTranslation('dashboards');
  return useMemo(
    () => ({
      source: t('source.title'),
      sources: { document: t('source.document'), synthetic: t('source.synthetic'), entered: t('source.entered'), imported: t('source.imported') },
      ytd: t('figures.ytd'),
      targetTrajectory: t('figures.targetTrajectory'),
      growth: t('figures.growth'),
      completion: t('figures.completion'),
      timeProgress: t('figures.timeProgress'),
      progressGap: t('figures.progressGap'),
      monthValue: `${t('ranking.monthValue')}`,
      target: t('ranking.target'),
      growthGap: t('figures.growthGapLabel'),
      met: (met: boolean) => t(met ? 'figures.met' : 'figures.notMet'),
      month: (month: number) => t('figures.month', { month }),
    }),
    [t],
  );
}
