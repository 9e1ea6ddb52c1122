import { useMemo } from 'react';
import { Button, Card, Col, Row, Select, Space, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { useLanguage } from '../../auth/public';
import { useDistrictDashboard, usePeriods } from '../api';
import { sortCards } from '../cards';
import { hasTrend } from '../charts/trendOption';
import { fmtPeriod } from '../format';
import { IndicatorTrendCard } from '../district/IndicatorTrendCard';
import { WarningCardItem } from '../warnings/WarningCardItem';

const SEVERITY = { red: 0, yellow: 1, watch: 2 } as const;

/** /dashboard/district/:id — one district's year: trend per indicator against the target trajectory, cards, responsibility. */
export function DistrictDashboardPage() {
  const { t } = useTranslation('dashboards');
  const { language } = useLanguage();
  const params = useParams();
  const [search, setSearch] = useSearchParams();
  const id = Number(params.id);
  const validId = Number.isInteger(id) && id > 0 ? id : null;
  const yearParam = Number(search.get('year'));
  const year = Number.isInteger(yearParam) && yearParam >= 2000 ? yearParam : null;
  const periods = usePeriods();
  const years = useMemo(() => [...new Set((periods.data ?? []).map((p) => p.year))].sort((a, b) => b - a), [periods.data]);
  const dashboard = useDistrictDashboard(validId, year);
  const data = dashboard.data;
  // Opened from an overview cell: that indicator's trend comes first, marked.
  const focus = search.get('indicator');

  const items = useMemo(() => {
    if (!data) return [];
    const rank = (code: string) => Math.min(3, ...data.cards.filter((c) => c.indicatorCode === code).map((c) => SEVERITY[c.colour]));
    return data.indicators
      .map((item, i) => ({ item, i, rank: rank(item.indicatorCode), has: hasTrend(item), focused: item.indicatorCode === focus }))
      .sort((a, b) => Number(b.focused) - Number(a.focused) || a.rank - b.rank || Number(b.has) - Number(a.has) || a.i - b.i)
      .map((x) => x.item);
  }, [data, focus]);

  if (validId === null) return <NotFoundPage />;
  if (!data) return <PageState loading={dashboard.isPending} error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  return (
    <>
      <PageHeader
        title={t('district.title', { name: data.organisationName })}
        subtitle={t('district.subtitle', { year: data.year })}
        extra={
          <>
            <Select
              aria-label={t('filters.year')}
              value={data.year}
              options={years.map((y) => ({ value: y, label: String(y) }))}
              onChange={(y: number) => setSearch({ year: String(y), ...(focus ? { indicator: focus } : {}) }, { replace: true })}
              style={{ width: 104 }}
            />
            <Link to={`/dashboard${data.cardsPeriodKey ? `?period=${data.cardsPeriodKey}` : ''}`}>
              <Button icon={<ArrowLeftOutlined />}>{t('district.back')}</Button>
            </Link>
          </>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card
          size="small"
          title={data.cardsPeriodKey ? t('district.cardsTitle', { period: fmtPeriod(data.cardsPeriodKey, language) }) : t('warnings.title')}
        >
          {data.cards.length === 0 ? (
            <Typography.Text type="secondary">{data.cardsPeriodKey ? t('district.noCards') : t('district.noFigures')}</Typography.Text>
          ) : (
            <Row gutter={[12, 12]}>
              {sortCards(data.cards).map((card) => (
                <Col key={`${card.indicatorCode}-${card.ruleId}`} xs={24} md={12} xl={8}>
                  <WarningCardItem card={card} showDistrict={false} />
                </Col>
              ))}
            </Row>
          )}
        </Card>
        <Row gutter={[16, 16]}>
          {items.map((item) => (
            <Col key={item.indicatorCode} xs={24} xl={12}>
              <IndicatorTrendCard
                item={item}
                year={data.year}
                locale={language}
                cards={data.cards.filter((c) => c.indicatorCode === item.indicatorCode)}
                focused={item.indicatorCode === focus}
              />
            </Col>
          ))}
        </Row>
      </Space>
    </>
  );
}
