import type { CSSProperties } from 'react';
import { Flex, Tag, Tooltip, Typography } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
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
}

/** Background and border of a cell by its card, so a carded figure stands out in the grid. */
export function cellStyle(cell: MeasureCell | undefined): CSSProperties {
  if (!cell?.card) return {};
  return { background: CARD_HEX[cell.card].tint, boxShadow: `inset 3px 0 0 ${CARD_HEX[cell.card].solid}` };
}

/**
 * One district × indicator: YTD with its source and the month value (computed); completion against
 * time progress, or met / not met for a ceiling or a rate target; growth with its gap to the growth
 * target in percentage points; ranks.
 */
export function MeasureCellView({ cell, indicator, locale, groupName }: MeasureCellViewProps) {
  const { t } = useTranslation('dashboards');
  if (cell.ytdValue === null && cell.growth === null) return <Typography.Text type="secondary">—</Typography.Text>;
  const ahead = isAhead(cell.completion, cell.timeProgress, indicator.direction);
  const growth = cell.reportedYoy ?? cell.yoy;
  return (
    <Flex vertical gap={2} style={{ fontSize: 12, lineHeight: '18px' }}>
      <Flex justify="space-between" align="center" gap={4}>
        <span>
          <Typography.Text strong style={{ fontSize: 14 }}>
            {fmtValue(cell.ytdValue, indicator.unit, locale, indicator.decimals)}
          </Typography.Text>
          <SourcePopover indicatorName={indicator.name} source={cell.source} sourceRef={cell.sourceRef} sourceQuote={cell.sourceQuote} />
        </span>
        {cell.card ? <CardTag colour={cell.card} /> : null}
      </Flex>
      {cell.monthValue !== null ? (
        <Tooltip title={t('figures.monthValueTitle')}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-month-value>
            {t('figures.monthValue', { value: fmtValue(cell.monthValue, indicator.unit, locale, indicator.decimals) })}
            <Tag variant="filled" style={{ fontSize: 11, lineHeight: '16px', padding: '0 4px', marginInlineStart: 4 }}>{t('figures.computed')}</Tag>
          </Typography.Text>
        </Tooltip>
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
          <Typography.Text type={ahead ? 'success' : 'danger'} style={{ fontSize: 12, marginInlineStart: 6 }}>
            {fmtPoints(cell.progressGap, locale)}
          </Typography.Text>
        </span>
      ) : (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('figures.noTarget')}
        </Typography.Text>
      )}
      <Flex justify="space-between" gap={8}>
        <span style={{ whiteSpace: 'nowrap' }}>
          {t('figures.yoy')} {fmtGrowth(cell.growth ?? growth)}
          {cell.growthGap !== null ? (
            <Tooltip title={t('figures.growthGapTitle', { target: fmtGrowth(cell.growthTarget) })}>
              <Typography.Text type={cell.growthMet ? 'success' : 'danger'} style={{ fontSize: 12, marginInlineStart: 4 }} data-growth-gap>
                {t('figures.growthGap', { gap: fmtGrowthGap(cell.growthGap, locale) })}
              </Typography.Text>
            </Tooltip>
          ) : null}
          {cell.yoyMismatch ? (
            <Tooltip title={t('figures.yoyMismatch', { reported: fmtGrowth(cell.reportedYoy), computed: fmtGrowth(cell.yoy) })}>
              <WarningOutlined style={{ color: '#faad14', marginInlineStart: 4 }} />
            </Tooltip>
          ) : null}
        </span>
        <Typography.Text
          type="secondary"
          style={{ fontSize: 12, whiteSpace: 'nowrap' }}
          title={cell.groupRank !== null && groupName ? t('figures.groupRankTitle', { group: groupName, rank: cell.groupRank }) : undefined}
        >
          {cell.rank !== null ? t('figures.cityRank', { rank: cell.rank }) : t('figures.noRank')}
          {cell.groupRank !== null && groupName ? ` · ${t('figures.groupRank', { rank: cell.groupRank })}` : ''}
        </Typography.Text>
      </Flex>
    </Flex>
  );
}
