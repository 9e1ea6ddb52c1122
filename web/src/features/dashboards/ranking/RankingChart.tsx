import { useMemo } from 'react';
import type { Locale, Ranking } from '@hongtu/contracts';
import { EChart } from '../../../components/charts/EChart';
import { type ChartPalette, LIGHT_PALETTE } from '../../../components/charts/palette';
import { rankingBarOption } from '../charts/rankingBarOption';
import { useRankingChartTexts } from '../charts/useChartTexts';

interface RankingChartProps {
  ranking: Ranking;
  locale: Locale;
  ariaLabel: string;
  palette?: ChartPalette;
  /** Fixed height; by default it grows with the number of districts. */
  height?: number | string;
}

/** The ranking bars (one per district) with the time-progress line and target markers. */
export function RankingChart({ ranking, locale, ariaLabel, palette = LIGHT_PALETTE, height }: RankingChartProps) {
  const texts = useRankingChartTexts(ranking.measure);
  const option = useMemo(() => rankingBarOption(ranking, texts, locale, palette), [ranking, texts, locale, palette]);
  const rows = Math.min(ranking.rows.length, 24);
  return <EChart option={option} ariaLabel={ariaLabel} height={height ?? 60 + rows * (palette.fontSize * 2.4)} />;
}
