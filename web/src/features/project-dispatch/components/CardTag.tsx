import { Tag } from 'antd';
import type { CardColour } from '@hongtu/contracts';
import { useTranslation } from 'react-i18next';

const TAG: Readonly<Record<CardColour | 'none', string>> = { red: 'red', yellow: 'gold', watch: 'purple', none: 'green' };

/** A project's most severe warning: 红牌 / 黄牌 / 列入观察, or 正常. */
export function CardTag({ colour }: { colour: CardColour | null }) {
  const { t } = useTranslation('project-dispatch');
  return <Tag color={TAG[colour ?? 'none']}>{t(`colours.${colour ?? 'none'}`)}</Tag>;
}
