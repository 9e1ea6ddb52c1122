import { Flex, Space, Tag, Typography } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CardColour } from '@hongtu/contracts';
import { ProgressBar } from '../../../components/ProgressBar';
import { fmtPercent, plot } from '../../../lib/format';
import { useLanguage } from '../../auth/public';
import { CARD_COLOURS, CARD_TAG, type CardCounts } from '../cards';
import { fmtPeriod } from '../format';

interface TimeProgressBannerProps {
  period: string;
  timeProgress: string;
  cards?: CardCounts;
  includesUnapproved?: boolean;
}

const BANNER = { marginBottom: 16, padding: '12px 16px', background: '#fff', border: '1px solid #f0f0f0', borderRadius: 8 } as const;

/** "2022年前三季度 · 时序进度 75.00%" with a bar, and the month's card counts. */
export function TimeProgressBanner({ period, timeProgress, cards, includesUnapproved }: TimeProgressBannerProps) {
  const { t } = useTranslation('dashboards');
  const { language } = useLanguage();
  return (
    // A small card's look without antd's Card (its tabs and skeleton are not part of the overview's first load).
    <div style={BANNER} data-testid="time-progress-banner">
      <Flex align="center" gap={24} wrap>
        <Space size={8}>
          <ClockCircleOutlined style={{ color: '#fa541c', fontSize: 18 }} />
          <Typography.Text strong style={{ fontSize: 16 }}>
            {fmtPeriod(period, language)}
          </Typography.Text>
          <Typography.Text strong style={{ fontSize: 16, color: '#d4380d' }}>
            {t('banner.timeProgress', { value: fmtPercent(timeProgress) })}
          </Typography.Text>
        </Space>
        <ProgressBar percent={plot(timeProgress) ?? 0} color="#fa541c" label={t('banner.timeProgress', { value: fmtPercent(timeProgress) })} style={{ flex: '1 1 200px', minWidth: 160 }} />
        {cards ? (
          <Space size={4}>
            {CARD_COLOURS.filter((c: CardColour) => cards[c] > 0).map((c) => (
              <Tag key={c} color={CARD_TAG[c]}>
                {t('cards.count', { colour: t(`cards.${c}`), count: cards[c] })}
              </Tag>
            ))}
          </Space>
        ) : null}
        {includesUnapproved ? <Tag color="orange">{t('filters.includesUnapproved')}</Tag> : null}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('banner.hint')}
      </Typography.Text>
    </div>
  );
}
