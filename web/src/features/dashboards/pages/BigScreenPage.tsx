import { useCallback, useMemo } from 'react';
import { ExpandOutlined, LogoutOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useCurrentUser, useLanguage } from '../../auth/public';
import { isMonthComplete } from '@hongtu/domain';
import { hasFigures, useMonths, useOverview, useWarningBoard } from '../api';
import { CardStatsPanel } from '../bigscreen/CardStatsPanel';
import { KpiStrip } from '../bigscreen/KpiStrip';
import { RankingPanel } from '../bigscreen/RankingPanel';
import { at, rankingCycle, trendCycle } from '../bigscreen/screenData';
import { TrendPanel } from '../bigscreen/TrendPanel';
import { useAutoRefresh, useEscapeTo, useRotation, useShanghaiClock, useStageScale } from '../bigscreen/useScreen';
import { WarningsPanel } from '../bigscreen/WarningsPanel';
import '../bigscreen/bigscreen.css';
import { countCards, sortCards } from '../cards';
import { useDashboardFilters } from '../filters';
import { fmtPeriod } from '../format';

const ROTATE_SECONDS = 15;
const MAIN_TOP = 320;
const MAIN_HEIGHT = 1080 - MAIN_TOP - 24;

/** /bigscreen — the 1920×1080 wall display (大屏): dark, large type, panels rotating every 15 s, Beijing clock, no app chrome. */
export function BigScreenPage() {
  const { t } = useTranslation('dashboards');
  useDocumentTitle(t('nav.bigscreen'));
  const { language } = useLanguage();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const f = useDashboardFilters();
  const rotateParam = search.get('rotate');
  const tick = useRotation(rotateParam === null ? ROTATE_SECONDS : Number(rotateParam) || 0);
  const fit = useStageScale();
  const clock = useShanghaiClock();
  useAutoRefresh();
  const leave = useCallback(() => void navigate('/dashboard'), [navigate]);
  useEscapeTo(leave);

  const overview = useOverview(f.period ? { period: f.period } : null);
  const coverage = useMonths().data?.items.find((m) => m.periodKey === f.period);
  const board = useWarningBoard(f.period ? { period: f.period } : null);
  const cards = useMemo(() => sortCards(board.data?.cards ?? []), [board.data]);
  const indicators = useMemo(() => (overview.data ? rankingCycle(overview.data) : []), [overview.data]);
  const trends = useMemo(() => trendCycle(cards, overview.data), [cards, overview.data]);
  const year = Number(f.period?.slice(0, 4) ?? new Date().getFullYear());
  const ready = overview.data && hasFigures(overview.data);
  const failure = f.periodState.error ?? overview.error;
  const loading = f.periodState.loading || (f.period !== null && overview.isPending);
  const status = loading ? t('bigscreen.loading') : failure instanceof Error ? failure.message : t('bigscreen.noData');

  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen().catch(() => undefined);
  };

  return (
    <div className="hbs-viewport" data-testid="bigscreen">
      <div className="hbs-stage" style={{ transform: `translate(${fit.left}px, ${fit.top}px) scale(${fit.scale})` }}>
        <header className="hbs-header">
          <div className="hbs-header-side">
            <span>{t('bigscreen.dataMonth')}</span>
            <b style={{ color: '#e6f7ff' }}>{f.period ? fmtPeriod(f.period, language) : '—'}</b>
            {coverage ? (
              <span data-testid="month-coverage" style={{ fontSize: 18, color: isMonthComplete(coverage) ? '#95de64' : '#ffc53d' }}>
                {t('filters.coverage', { approved: coverage.approved, total: coverage.total })}
                {coverage.published ? ` · ${t('filters.published')}` : ''}
              </span>
            ) : null}
          </div>
          <div className="hbs-title">
            <h1>{t('bigscreen.title', { city: me.organisationName })}</h1>
            <small>{t('bigscreen.subtitle')}</small>
          </div>
          <div className="hbs-header-side right">
            <span style={{ fontSize: 18, color: '#7fb4d9' }}>{clock.date}</span>
            <span className="hbs-clock" data-testid="bs-clock">{clock.time}</span>
            <button type="button" className="hbs-icon-button" title={t('bigscreen.fullscreen')} aria-label={t('bigscreen.fullscreen')} onClick={toggleFullscreen}>
              <ExpandOutlined />
            </button>
            <button type="button" className="hbs-icon-button" title={t('bigscreen.exit')} aria-label={t('bigscreen.exit')} onClick={leave}>
              <LogoutOutlined />
            </button>
          </div>
        </header>
        {ready && overview.data && f.period ? (
          <>
            <KpiStrip overview={overview.data} cards={countCards(cards)} />
            <WarningsPanel cards={cards} page={tick} perPage={6} style={{ left: 24, top: MAIN_TOP, width: 560, height: MAIN_HEIGHT }} />
            <RankingPanel period={f.period} indicators={indicators} index={tick} locale={language} style={{ left: 604, top: MAIN_TOP, width: 740, height: MAIN_HEIGHT }} />
            <TrendPanel
              pick={at(trends, tick)}
              year={year}
              position={{ index: tick, count: trends.length }}
              locale={language}
              style={{ left: 1364, top: MAIN_TOP, width: 532, height: 400 }}
            />
            <CardStatsPanel cards={cards} style={{ left: 1364, top: MAIN_TOP + 420, width: 532, height: MAIN_HEIGHT - 420 }} />
          </>
        ) : (
          <div className="hbs-empty" style={{ position: 'absolute', inset: '120px 0 0 0' }} role="status">
            {status}
          </div>
        )}
      </div>
    </div>
  );
}
