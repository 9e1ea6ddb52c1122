import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card } from '@hongtu/contracts';
import { CARD_HEX } from '../cards';
import { Panel } from './Panel';

interface WarningsPanelProps {
  cards: Card[];
  page: number;
  perPage: number;
  style: CSSProperties;
}

/** The laggards' seat: the month's cards, red first, a page at a time. */
export function WarningsPanel({ cards, page, perPage, style }: WarningsPanelProps) {
  const { t } = useTranslation('dashboards');
  const pages = Math.max(1, Math.ceil(cards.length / perPage));
  const current = page % pages;
  const shown = cards.slice(current * perPage, (current + 1) * perPage);
  return (
    <Panel
      title={t('warnings.title')}
      extra={pages > 1 ? <span style={{ fontSize: 18, color: '#7fb4d9', fontWeight: 400 }}>{t('bigscreen.page', { page: current + 1, pages })}</span> : null}
      style={style}
      testId="bs-warnings"
    >
      {shown.length === 0 ? (
        <div className="hbs-empty">{t('bigscreen.noWarnings')}</div>
      ) : (
        shown.map((c) => (
          <div key={`${c.organisationId}-${c.indicatorCode}-${c.ruleId}`} className="hbs-warning" style={{ ['--card-colour' as string]: CARD_HEX[c.colour].solid }}>
            <div className="hbs-warning-tag">{t(`cards.${c.colour}`)}</div>
            <div className="hbs-warning-head">
              <b>{c.organisationName}</b>
              <span>{c.indicatorName}</span>
              <em>{t('bigscreen.who', { leader: c.leader ?? '—', department: c.department ?? '—' })}</em>
            </div>
            <div className="hbs-warning-reason">{c.reason}</div>
          </div>
        ))
      )}
    </Panel>
  );
}
