import { Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Card } from '@hongtu/contracts';
import { CARD_HEX } from '../cards';
import { Panel } from '../../../components/Panel';
import { CardTag } from '../components/CardTag';

interface WarningCardItemProps {
  card: Card;
  /** Show the district's name (the board) or not (the district's own page). */
  showDistrict?: boolean;
  districtLink?: (organisationId: number) => string;
}

/** One card: colour, district and indicator, the reason in words, who answers for it. */
export function WarningCardItem({ card, showDistrict = true, districtLink }: WarningCardItemProps) {
  const { t } = useTranslation('dashboards');
  const hex = CARD_HEX[card.colour];
  const none = <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Panel
      size="small"
      data-testid="warning-card"
      data-colour={card.colour}
      style={{ borderColor: hex.border, background: hex.tint, height: '100%' }}
      bodyStyle={{ padding: 12, boxShadow: `inset 4px 0 0 ${hex.solid}`, borderRadius: 8, height: '100%' }}
    >
      <Flex vertical gap={6}>
        <Flex gap={8} align="center" wrap>
          <CardTag colour={card.colour} />
          {showDistrict ? (
            <Typography.Text strong style={{ fontSize: 15 }}>
              {districtLink ? <Link to={districtLink(card.organisationId)}>{card.organisationName}</Link> : card.organisationName}
            </Typography.Text>
          ) : null}
          <Typography.Text strong={!showDistrict}>{card.indicatorName}</Typography.Text>
        </Flex>
        <Typography.Text data-testid="card-reason">{card.reason}</Typography.Text>
        <Descriptions
          size="small"
          column={2}
          colon
          items={[
            { key: 'leader', label: t('warnings.leader'), children: card.leader ?? none },
            { key: 'department', label: t('warnings.department'), children: card.department ?? none },
          ]}
        />
      </Flex>
    </Panel>
  );
}
