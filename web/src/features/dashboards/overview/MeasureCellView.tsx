import type { CSSProperties } from 'react';
import { Tag, theme } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardIndicator, Locale, MeasureCell } from '@hongtu/contracts';
import { fmtPercent, fmtValue } from '../../../lib/format';
import { CARD_HEX } from '../cards';
import { CardTag } from '../components/CardTag';
import { SourcePopover } from '../components/SourcePopover';
import { fmtGrowth, fmtGrowthGap, fmtPoints, isAhead } from '../format';

interface MeasureCellViewProps {
  cell: MeasureCell;
  indicator: DashboardIndicator;
  locale: Locale;
  /** The name of the group the group rank is inside (the filter group or the district's first). */
  groupName: string | null;
  /** The district page opened on this indicator's trend (drill-down from the figure). */
  trendLink?: string;
  trendLabel?: string;
}

/** Background and border of a cell by its card, so a carded figure stands out in the grid. */
export function cellStyle(cell: MeasureCell | undefined): CSSProperties {
  if (!cell?.card) return {};
  return { background: CARD_HEX[cell.card].tint, boxShadow: `inset 3px 0 0 ${CARD_HEX[cell.card].solid}` };
}

// Lines wrap inside the cell's width rather than spill out of it.
const ROW: CSSProperties = { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'center', columnGap: 8, rowGap: 0 };

/**
 * One district × indicator: YTD with its source and the month value (computed); completion against
 * time progress, or met / not met for a ceiling or a rate target; growth with its gap to the growth
 * target in percentage points; ranks. A table shows dozens of these at once, so the cell is drawn
 * with plain elements in antd's colours, its hints are the elements' titles, and the source's
 * popover is put in place when first asked for (SourcePopover): drawing the overview stays quick
 * (antd's Typography, Flex and Tooltip in every cell took most of a second on a loaded machine).
 */
export function MeasureCellView({ cell, indicator, locale, groupName, trendLink, trendLabel }: MeasureCellViewProps) {
  const { t } = useTranslation('dashboards');
  const { token } = theme.useToken();
  const secondary: CSSProperties = { color: token.colorTextDescription, fontSize: 12 };
  const judged = (good: boolean | null): CSSProperties => ({ color: good ? token.colorSuccessText : token.colorErrorText, fontSize: 12 });
  if (cell.ytdValue === null && cell.growth === null) return <span style={{ color: token.colorTextDescription }}>—</span>;
  const ahead = isAhead(cell.completion, cell.timeProgress, indicator.direction);
  const growth = cell.reportedYoy ?? cell.yoy;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 2, fontSize: 12, lineHeight: '18px' }}>
      <div style={ROW}>
        <span>
          {trendLink ? (
            <Link to={trendLink} aria-label={trendLabel} title={trendLabel} style={{ color: 'inherit' }} data-trend-link>
              <strong style={{ fontSize: 14, fontWeight: token.fontWeightStrong }}>{fmtValue(cell.ytdValue, indicator.unit, locale, indicator.decimals)}</strong>
            </Link>
          ) : (
            <strong style={{ fontSize: 14, fontWeight: token.fontWeightStrong }}>{fmtValue(cell.ytdValue, indicator.unit, locale, indicator.decimals)}</strong>
          )}
          <SourcePopover indicatorName={indicator.name} source={cell.source} sourceRef={cell.sourceRef} sourceQuote={cell.sourceQuote} vintage={cell.vintage} />
        </span>
        {cell.card ? <CardTag colour={cell.card} /> : null}
      </div>
      {cell.lastYearYtd != null ? (
        <span style={secondary} data-last-year>
          {t('figures.lastYear', { value: fmtValue(cell.lastYearYtd, indicator.unit, locale, indicator.decimals) })}
        </span>
      ) : null}
      {cell.monthValue !== null ? (
        <span style={secondary} title={t('figures.monthValueTitle')} data-month-value>
          {t('figures.monthValue', { value: fmtValue(cell.monthValue, indicator.unit, locale, indicator.decimals) })}
          <Tag variant="filled" style={{ fontSize: 11, lineHeight: '16px', padding: '0 4px', marginInlineStart: 4 }}>{t('figures.computed')}</Tag>
        </span>
      ) : null}
      {cell.amountMet !== null && cell.amountTarget !== null ? (
        <span>
          {t(cell.amountComparator === 'le' ? 'figures.ceiling' : 'figures.floor', { value: fmtValue(cell.amountTarget, indicator.unit, locale, indicator.decimals) })}
          <Tag color={cell.amountMet ? 'success' : 'error'} style={{ marginInlineStart: 6 }} data-met={cell.amountMet}>
            {t(cell.amountMet ? 'figures.met' : 'figures.notMet')}
          </Tag>
        </span>
      ) : cell.completion !== null ? (
        <span>
          {t('figures.completion')} <b>{fmtPercent(cell.completion)}</b>
          {cell.progressGap !== null ? (
            <span style={{ ...judged(ahead), marginInlineStart: 6, whiteSpace: 'nowrap' }} data-progress-gap>
              {t('figures.vsTimeProgress', { gap: fmtPoints(cell.progressGap, locale) })}
            </span>
          ) : null}
        </span>
      ) : (
        <span style={secondary}>{t('figures.noTarget')}</span>
      )}
      <div style={{ ...ROW, alignItems: 'normal' }}>
        <span>
          {t('figures.yoy')} {fmtGrowth(cell.growth ?? growth, indicator.unit, locale)}
          {cell.growthGap !== null ? (
            <span
              style={{ ...judged(cell.growthMet), marginInlineStart: 4 }}
              title={t('figures.growthGapTitle', { target: fmtGrowth(cell.growthTarget) })}
              data-growth-gap
            >
              {t('figures.growthGap', { gap: fmtGrowthGap(cell.growthGap, locale) })}
            </span>
          ) : null}
          {cell.yoyMismatch ? (
            <WarningOutlined
              style={{ color: '#faad14', marginInlineStart: 4 }}
              title={t('figures.yoyMismatch', { reported: fmtGrowth(cell.reportedYoy, indicator.unit, locale), computed: fmtGrowth(cell.yoy, indicator.unit, locale) })}
            />
          ) : null}
        </span>
        <span
          style={{ ...secondary, whiteSpace: 'nowrap' }}
          title={cell.groupRank !== null && groupName ? t('figures.groupRankTitle', { group: groupName, rank: cell.groupRank }) : undefined}
        >
          {cell.rank !== null ? t('figures.cityRank', { rank: cell.rank }) : t('figures.noRank')}
          {cell.groupRank !== null && groupName ? ` · ${t('figures.groupRank', { rank: cell.groupRank })}` : ''}
        </span>
      </div>
    </div>
  );
}
