import { Card, Col, Flex, Row, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageState } from '../../../components/PageState';
import { useLanguage } from '../../auth/public';
import { useGlanceCards, useGlanceMonths } from '../api';
import { glanceCounts, glanceMonth, monthName } from '../model/todos';

/** Each card's count in its colour, at 4.5:1 or more on white. */
const COUNT_COLOURS = { red: '#cf1322', yellow: '#874d00', watch: '#722ed1' } as const;

/**
 * The leader's home card, in place of an always-empty to-do list: the month the dashboards open on
 * (the latest published or fully approved), how many districts it covers, and its red and yellow
 * cards, each leading on to the page that tells more.
 */
export function MonthGlance() {
  const { t } = useTranslation('notifications');
  const { language } = useLanguage();
  const months = useGlanceMonths(true);
  const month = months.data ? glanceMonth(months.data) : null;
  const cards = useGlanceCards(month?.periodKey ?? null);
  const counts = glanceCounts(cards.data?.cards ?? []);
  const query = month ? `?period=${month.periodKey}` : '';
  return (
    <Card title={t('glance.title')} size="small" data-testid="month-glance">
      <PageState loading={months.isPending || (month !== null && cards.isPending)} error={months.error ?? cards.error}
        onRetry={() => void Promise.all([months.refetch(), cards.refetch()])} empty={month === null} emptyText={t('glance.none')}>
        {month ? (
          <Flex vertical gap={12}>
            <Flex gap={8} align="center" wrap>
              <Typography.Text strong data-testid="glance-month">{monthName(month.periodKey, language)}</Typography.Text>
              <Tag color={month.published ? 'green' : 'blue'}>{t(month.published ? 'glance.published' : 'glance.approvedAll')}</Tag>
              <Typography.Text type="secondary" data-testid="glance-coverage">{t('glance.coverage', { approved: month.approved, total: month.total })}</Typography.Text>
            </Flex>
            <Row gutter={[16, 8]}>
              {(['red', 'yellow', 'watch'] as const).map((c) => (
                <Col key={c} xs={8}>
                  <Statistic title={t(`glance.${c}`)} value={counts[c]} data-testid={`glance-${c}`} styles={{ content: { color: COUNT_COLOURS[c], fontSize: 22 } }} />
                </Col>
              ))}
            </Row>
            <Flex gap={16} wrap>
              <Link to={`/dashboard${query}`}>{t('glance.overview')}</Link>
              <Link to={`/warnings${query}`}>{t('glance.warnings')}</Link>
            </Flex>
          </Flex>
        ) : null}
      </PageState>
    </Card>
  );
}
