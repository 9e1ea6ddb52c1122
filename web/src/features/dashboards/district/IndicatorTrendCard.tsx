import { useMemo } from 'react';
import { Card as AntCard, Descriptions, Empty, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Card, Locale } from '@hongtu/contracts';
import { EChart } from '../../../components/charts/EChart';
import { fmtPercent, fmtValue } from '../../../lib/format';
import { hasTrend, trendOption, type DistrictIndicator } from '../charts/trendOption';
import { useTrendChartTexts } from '../charts/useChartTexts';
import { CardTag } from '../components/CardTag';

interface IndicatorTrendCardProps {
  item: DistrictIndicator;
  year: number;
  locale: Locale;
  cards: Card[];
  /** Opened from the overview on this indicator: outlined so the eye finds it. */
  focused?: boolean;
}

/** One indicator of a district: monthly YTD against the target trajectory, its cards and who is responsible. */
export function IndicatorTrendCard({ item, year, locale, cards, focused = false }: IndicatorTrendCardProps) {
  const { t } = useTranslation('dashboards');
  const texts = useTrendChartTexts();
  const option = useMemo(() => trendOption(item, year, texts, locale), [item, year, texts, locale]);
  const { indicator, responsibility: r } = item;
  return (
    <AntCard
      size="small"
      data-indicator={item.indicatorCode}
      data-focused={focused || undefined}
      title={
        <Space size={8} wrap>
          <span>{indicator.name}</span>
          {item.amountTarget !== null ? (
            <Tag>
              {item.amountComparator === 'le'
                ? t('figures.ceiling', { value: fmtValue(item.amountTarget, indicator.unit, locale, indicator.decimals) })
                : t('district.target', { amount: fmtValue(item.amountTarget, indicator.unit, locale, indicator.decimals) })}
            </Tag>
          ) : null}
          {item.growthTarget !== null ? (
            <Tag>
              {item.growthComparator === 'le'
                ? t('figures.growthCeiling', { value: fmtPercent(item.growthTarget) })
                : t('district.growthTarget', { growth: fmtPercent(item.growthTarget) })}
            </Tag>
          ) : null}
        </Space>
      }
      extra={
        <Space size={4}>
          {cards.map((c) => (
            <Tooltip key={c.ruleId} title={c.reason}>
              <span>
                <CardTag colour={c.colour} />
              </span>
            </Tooltip>
          ))}
        </Space>
      }
      style={focused ? { height: '100%', boxShadow: '0 0 0 2px #1677ff' } : { height: '100%' }}
    >
      {hasTrend(item) ? (
        <EChart option={option} height={240} ariaLabel={t('district.trendLabel', { indicator: indicator.name })} />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('district.noFigures')} style={{ height: 216, margin: '12px 0' }} />
      )}
      <Descriptions
        size="small"
        column={2}
        style={{ marginTop: 8 }}
        title={<Typography.Text type="secondary" style={{ fontSize: 13 }}>{t('district.responsibility')}</Typography.Text>}
        items={
          r
            ? [
                { key: 'leader', label: t('district.leader'), children: r.leader },
                { key: 'department', label: t('district.department'), children: r.department },
                { key: 'taskForce', label: t('district.taskForce'), children: r.taskForce, span: 2 },
                { key: 'measures', label: t('district.measures'), children: r.measures || '—', span: 2 },
              ]
            : [{ key: 'none', label: t('district.responsibility'), children: t('district.noResponsibility'), span: 2 }]
        }
      />
    </AntCard>
  );
}
