import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CardColour } from '@hongtu/contracts';
import { CARD_COLOURS, CARD_HEX, CARD_SOLID_TAG } from '../cards';

/** A card as a coloured tag: 红牌 / 黄牌 / 列入观察. */
export function CardTag({ colour }: { colour: CardColour }) {
  const { t } = useTranslation('dashboards');
  return (
    <Tag variant="solid" data-card={colour}
      style={{ marginInlineEnd: 0, background: CARD_SOLID_TAG[colour].background, borderColor: CARD_SOLID_TAG[colour].background, color: CARD_SOLID_TAG[colour].text }}>
      {t(`cards.${colour}`)}
    </Tag>
  );
}

/** A dot of the card's colour, e.g. before a name. */
export function CardDot({ colour, size = 10 }: { colour: CardColour; size?: number }) {
  return (
    <span
      aria-hidden
      style={{ display: 'inline-block', width: size, height: size, borderRadius: '50%', background: CARD_HEX[colour].solid, flex: 'none' }}
    />
  );
}

export interface LegendItem {
  label: string;
  colour: string;
  shape?: 'dot' | 'diamond' | 'line' | 'dashed' | 'dotted';
}

function Swatch({ colour, shape = 'dot' }: Pick<LegendItem, 'colour' | 'shape'>) {
  if (shape === 'line' || shape === 'dashed' || shape === 'dotted') {
    return <span aria-hidden style={{ display: 'inline-block', width: 18, borderTop: `2px ${shape === 'line' ? 'solid' : shape} ${colour}` }} />;
  }
  return (
    <span
      aria-hidden
      style={{
        display: 'inline-block',
        width: 10,
        height: 10,
        background: colour,
        borderRadius: shape === 'diamond' ? 0 : 2,
        transform: shape === 'diamond' ? 'rotate(45deg) scale(0.8)' : undefined,
      }}
    />
  );
}

/** The chart legend: bar colours by card and by time progress, reference lines and target markers. */
export function CardLegend({ extra }: { extra?: LegendItem[] }) {
  const { t } = useTranslation('dashboards');
  const items: LegendItem[] = [...(extra ?? []), ...CARD_COLOURS.map((c) => ({ label: t(`cards.${c}`), colour: CARD_HEX[c].solid }))];
  return (
    <Flex gap={16} wrap style={{ fontSize: 12, color: 'rgba(0,0,0,0.65)' }}>
      {items.map((item) => (
        <Flex key={item.label} gap={6} align="center">
          <Swatch colour={item.colour} shape={item.shape} />
          {item.label}
        </Flex>
      ))}
    </Flex>
  );
}
