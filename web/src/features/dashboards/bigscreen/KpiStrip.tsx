import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Overview } from '@hongtu/contracts';
import { fmtPercent, plot } from '../../../lib/format';
import { EChart } from '../../../components/charts/EChart';
import { CARD_COLOURS, CARD_HEX, type CardCounts } from '../cards';
import { gaugeOption } from '../charts/gaugeOption';
import { isAhead } from '../format';
import { indicatorKpis } from './screenData';
import { Panel } from './Panel';

const TOP = 108;
const HEIGHT = 196;
const SIDE = 260;
const GAP = 16;

/** Time progress dial, one tile per key indicator (average completion vs time progress), the month's card totals (all indicators). */
export function KpiStrip({ overview, cards }: { overview: Overview; cards: CardCounts }) {
  const { t } = useTranslation('dashboards');
  const kpis = useMemo(() => indicatorKpis(overview), [overview]);
  const option = useMemo(() => gaugeOption(overview.timeProgress, t('bigscreen.timeProgress')), [overview.timeProgress, t]);
  const tileWidth = (1920 - 48 - 2 * SIDE - GAP * (kpis.length + 1)) / Math.max(1, kpis.length);
  const tp = plot(overview.timeProgress) ?? 0;
  return (
    <>
      <Panel title={t('bigscreen.timeProgress')} style={{ left: 24, top: TOP, width: SIDE, height: HEIGHT }} testId="bs-time-progress">
        <div style={{ display: 'flex', alignItems: 'center', height: '100%', gap: 12 }}>
          <div style={{ width: 96, height: 96, flex: 'none' }}>
            <EChart option={option} height="100%" ariaLabel={t('banner.timeProgress', { value: fmtPercent(overview.timeProgress) })} />
          </div>
          <div>
            <div className="hbs-kpi-value" data-testid="bs-time-progress-value" style={{ fontSize: 38 }}>{fmtPercent(overview.timeProgress)}</div>
            <div className="hbs-kpi-label">{t('bigscreen.monthOf', { month: Number(overview.periodKey.slice(5)) })}</div>
          </div>
        </div>
      </Panel>
      {kpis.map((k, i) => {
        const behind = isAhead(k.averageCompletion, overview.timeProgress, overview.indicators[i]?.direction ?? 'higher') === false;
        return (
          <section
            key={k.code}
            className="hbs-panel hbs-kpi"
            data-testid="bs-kpi"
            style={{ left: 24 + SIDE + GAP + i * (tileWidth + GAP), top: TOP, width: tileWidth, height: HEIGHT }}
          >
            <div className="hbs-kpi-name" title={k.name}>{k.name}</div>
            <div className={`hbs-kpi-value${behind ? ' behind' : ''}`}>{fmtPercent(k.averageCompletion)}</div>
            <div className="hbs-kpi-label">{t('bigscreen.avgCompletion')}</div>
            <div className="hbs-bar" title={t('bigscreen.timeProgress')}>
              <b style={{ width: `${Math.min(100, plot(k.averageCompletion) ?? 0)}%` }} />
              <i style={{ left: `${tp}%` }} />
            </div>
            <div className="hbs-kpi-sub">
              <span>
                {t('bigscreen.ahead')} <b>{t('bigscreen.aheadCount', { count: k.ahead, total: k.measured })}</b>
              </span>
              <span style={{ display: 'flex', gap: 10 }}>
                {CARD_COLOURS.filter((c) => k.cards[c] > 0).map((c) => (
                  <span key={c} className="hbs-badge" title={t(`cards.${c}`)} style={{ ['--badge-colour' as string]: CARD_HEX[c].solid }}>
                    {k.cards[c]}
                  </span>
                ))}
              </span>
            </div>
          </section>
        );
      })}
      <Panel title={t('bigscreen.warningsTitle')} style={{ right: 24, top: TOP, width: SIDE, height: HEIGHT }}>
        <div style={{ display: 'flex', justifyContent: 'space-around', alignItems: 'center', height: '100%' }}>
          {(['red', 'yellow'] as const).map((c) => (
            <div key={c} style={{ textAlign: 'center' }}>
              <div className="hbs-card-total" style={{ color: CARD_HEX[c].solid }}>{cards[c]}</div>
              <div style={{ fontSize: 18, color: '#9fc6e6', marginTop: 8 }}>{t(`cards.${c}`)}</div>
            </div>
          ))}
        </div>
      </Panel>
    </>
  );
}
