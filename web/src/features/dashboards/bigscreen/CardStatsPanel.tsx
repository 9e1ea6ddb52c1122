import { useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card } from '@hongtu/contracts';
import { EChart } from '../../../components/charts/EChart';
import { cardStatsOption } from '../charts/cardStatsOption';
import { cardsByIndicator } from './screenData';
import { Panel } from './Panel';

/** How many districts are carded on each indicator (stacked red / yellow / watch). */
export function CardStatsPanel({ cards, style }: { cards: Card[]; style: CSSProperties }) {
  const { t } = useTranslation('dashboards');
  const option = useMemo(
    () => cardStatsOption(cardsByIndicator(cards, 7), { red: t('cards.red'), yellow: t('cards.yellow'), watch: t('cards.watch') }),
    [cards, t],
  );
  return (
    <Panel title={t('bigscreen.cardStatsTitle')} style={style} testId="bs-card-stats">
      {cards.length === 0 ? <div className="hbs-empty">{t('bigscreen.noWarnings')}</div> : <EChart option={option} height="100%" ariaLabel={t('bigscreen.cardStatsTitle')} />}
    </Panel>
  );
}
