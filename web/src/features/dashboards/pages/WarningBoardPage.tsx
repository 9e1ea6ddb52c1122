import { useCallback, useMemo } from 'react';
import { Button, Col, Divider, Row, Space, Typography } from 'antd';
import { SettingOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CardColour } from '@hongtu/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { useWarningBoard, type MonthFilter } from '../api';
import { CARD_COLOURS, countCards, sortCards } from '../cards';
import { CardTag } from '../components/CardTag';
import { DashboardNav } from '../components/DashboardNav';
import { PeriodSelect } from '../components/PeriodSelect';
import { useDashboardFilters } from '../filters';
import { WarningCardItem } from '../warnings/WarningCardItem';
import { useCan } from '../../auth/public';

/** /warnings — the laggards' seat (落后席): the month's red, yellow and watch-list cards, red first, with reasons and who answers. */
export function WarningBoardPage() {
  const { t } = useTranslation('dashboards');
  const canEditRules = useCan('warning_rule.manage');
  const f = useDashboardFilters();
  const filter: MonthFilter | null = f.period ? { period: f.period, includeUnapproved: f.includeUnapproved } : null;
  const board = useWarningBoard(filter);
  const cards = useMemo(() => sortCards(board.data?.cards ?? []), [board.data]);
  const counts = countCards(cards);
  const year = f.period?.slice(0, 4);
  const districtLink = useCallback((id: number) => `/dashboard/district/${id}${year ? `?year=${year}` : ''}`, [year]);

  return (
    <>
      <PageHeader
        title={t('warnings.title')}
        subtitle={t('warnings.subtitle')}
        extra={
          <>
            {canEditRules ? (
              <Link to="/warning-rules">
                <Button icon={<SettingOutlined />}>{t('warnings.rules')}</Button>
              </Link>
            ) : null}
            <DashboardNav current="warnings" period={f.period} />
          </>
        }
      />
      <Space wrap size={16} style={{ marginBottom: 16 }}>
        <PeriodSelect value={f.period} onChange={(period) => f.set({ period })} />
        {board.data ? (
          <Space size={8}>
            <Typography.Text>{t('warnings.summary', { count: cards.length })}</Typography.Text>
            {CARD_COLOURS.filter((c) => counts[c] > 0).map((c) => (
              <Typography.Text key={c} type="secondary">
                <CardTag colour={c} /> {counts[c]}
              </Typography.Text>
            ))}
          </Space>
        ) : null}
      </Space>
      <PageState
        loading={f.periodState.loading || (filter !== null && board.isPending)}
        error={f.periodState.error ?? board.error}
        onRetry={() => void board.refetch()}
        empty={!filter || (board.data !== undefined && cards.length === 0)}
        emptyText={t('warnings.empty')}
      >
        {CARD_COLOURS.filter((c) => counts[c] > 0).map((colour: CardColour) => (
          <section key={colour} aria-label={t(`cards.${colour}`)} data-testid={`cards-${colour}`}>
            <Divider titlePlacement="start" style={{ marginTop: 0 }}>
              <CardTag colour={colour} /> <Typography.Text type="secondary">{counts[colour]}</Typography.Text>
            </Divider>
            <Row gutter={[12, 12]} style={{ marginBottom: 24 }}>
              {cards
                .filter((c) => c.colour === colour)
                .map((card) => (
                  <Col key={`${card.organisationId}-${card.indicatorCode}-${card.ruleId}`} xs={24} md={12} xl={8}>
                    <WarningCardItem card={card} districtLink={districtLink} />
                  </Col>
                ))}
            </Row>
          </section>
        ))}
      </PageState>
    </>
  );
}
