import { Tag, Tooltip } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Locale, RankChange } from '@hongtu/contracts';
import { fmtPeriod } from '../format';

const COLOUR = { up: 'success', down: 'error', same: 'default', new: 'processing' } as const;

/** 进位 / 退位 / 持平 / 新进 since the previous period, with an arrow; nothing without a rank. */
export function RankChangeTag({ change, previousPeriodKey, locale }: { change: RankChange | null; previousPeriodKey: string | null; locale: Locale }) {
  const { t } = useTranslation('dashboards');
  if (change === null) return null;
  const icon = change.movement === 'up' ? <ArrowUpOutlined /> : change.movement === 'down' ? <ArrowDownOutlined /> : change.movement === 'same' ? <MinusOutlined /> : null;
  return (
    <Tooltip title={previousPeriodKey ? t('ranking.changeTitle', { period: fmtPeriod(previousPeriodKey, locale) }) : undefined}>
      <Tag color={COLOUR[change.movement]} icon={icon} data-movement={change.movement} style={{ marginInlineEnd: 0 }}>
        {t(`ranking.${change.movement}`, { places: change.places })}
      </Tag>
    </Tooltip>
  );
}
