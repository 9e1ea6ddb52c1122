import { useCallback, useMemo, useState } from 'react';
import { App, Button, Checkbox, Col, Divider, Row, Segmented, Select, Space, Typography } from 'antd';
import { DownloadOutlined, PrinterOutlined, SettingOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Card, CardColour } from '@hongtu/contracts';
import { countColours, filterBoard, groupBoard } from '@hongtu/domain';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { useLanguage } from '../../auth/public';
import { useWarningBoard, type MonthFilter } from '../api';
import { CARD_COLOURS, sortCards } from '../cards';
import { CardTag } from '../components/CardTag';
import { DashboardNav } from '../components/DashboardNav';
import { GroupFilter } from '../components/GroupFilter';
import { PeriodSelect } from '../components/PeriodSelect';
import { useDashboardFilters } from '../filters';
import { fmtPeriod } from '../format';
import { BoardTables } from '../warnings/BoardTables';
import { downloadBoard, useBoardView, type BoardMode } from '../warnings/boardView';
import { WarningCardItem } from '../warnings/WarningCardItem';
import { useCan } from '../../auth/public';

function distinct<T, K>(items: readonly T[], key: (item: T) => K): T[] {
  const seen = new Set<K>();
  return items.filter((item) => (seen.has(key(item)) ? false : (seen.add(key(item)), true)));
}

/**
 * /warnings — the laggards' seat (落后席) as the dispatch meeting uses it: the month's cards as a
 * table grouped by district or indicator (or as cards), filtered by group, district, colour and
 * indicator, each with its short reason and how many months in a row it has been carried; export
 * to Excel and print (A4 landscape, the app's menus left out) with the same view.
 */
export function WarningBoardPage() {
  const { t } = useTranslation('dashboards');
  const { t: tw } = useTranslation('warnings');
  const { language } = useLanguage();
  const { message } = App.useApp();
  const canEditRules = useCan('warning_rule.manage');
  const f = useDashboardFilters();
  const [view, setView] = useBoardView();
  const [exporting, setExporting] = useState(false);
  const filter: MonthFilter | null = f.period ? { period: f.period, groupId: f.groupId, includeUnapproved: f.includeUnapproved } : null;
  const board = useWarningBoard(filter);
  const all = useMemo(() => sortCards(board.data?.cards ?? []), [board.data]);
  const cards = useMemo(
    () => filterBoard(all, { colours: view.colours, organisationIds: view.districts, indicatorCodes: view.indicators }),
    [all, view.colours, view.districts, view.indicators],
  );
  const counts = countColours(cards);
  const groups = useMemo(() => (view.mode === 'cards' ? [] : groupBoard(cards, view.mode)), [cards, view.mode]);
  const districtOptions = useMemo(() => distinct(all, (c) => c.organisationId).map((c) => ({ value: c.organisationId, label: c.organisationName })), [all]);
  const indicatorOptions = useMemo(() => distinct(all, (c) => c.indicatorCode).map((c) => ({ value: c.indicatorCode, label: c.indicatorName })), [all]);
  const year = f.period?.slice(0, 4);
  const districtLink = useCallback((id: number) => `/dashboard/district/${id}${year ? `?year=${year}` : ''}`, [year]);
  const filtered = view.colours.length + view.districts.length + view.indicators.length > 0;
  const filterWords = [
    ...view.colours.map((c) => t(`cards.${c}`)),
    ...districtOptions.filter((o) => view.districts.includes(o.value)).map((o) => o.label),
    ...indicatorOptions.filter((o) => view.indicators.includes(o.value)).map((o) => o.label),
  ];

  const runExport = async () => {
    if (!filter) return;
    setExporting(true);
    try {
      await downloadBoard(filter, view);
    } catch (error) {
      void message.error(tw('board.exportFailed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <PageHeader
        title={t('warnings.title')}
        subtitle={t('warnings.subtitle')}
        extra={
          <>
            <Button icon={<DownloadOutlined />} loading={exporting} disabled={!filter} onClick={() => void runExport()}>{tw('board.export')}</Button>
            <Button icon={<PrinterOutlined />} disabled={!board.data} onClick={() => window.print()}>{tw('board.print')}</Button>
            {canEditRules ? (
              <Link to="/warning-rules">
                <Button icon={<SettingOutlined />}>{t('warnings.rules')}</Button>
              </Link>
            ) : null}
            <DashboardNav current="warnings" period={f.period} groupId={f.groupId} />
          </>
        }
      />
      {f.period ? (
        <div className="hongtu-print-only" data-testid="print-heading">
          <Typography.Title level={4} style={{ textAlign: 'center', margin: '0 0 4px' }}>
            {tw('board.printTitle', { period: fmtPeriod(f.period, language) })}
          </Typography.Title>
          {filterWords.length > 0 ? <Typography.Paragraph style={{ margin: 0 }}>{tw('board.printFilters', { filters: filterWords.join('、') })}</Typography.Paragraph> : null}
        </div>
      ) : null}
      <Space wrap size={[16, 12]} style={{ marginBottom: 12 }} className="hongtu-no-print">
        <PeriodSelect value={f.period} onChange={(period) => f.set({ period })} />
        <GroupFilter value={f.groupId} onChange={(groupId) => f.set({ group: groupId === undefined ? null : String(groupId) })} />
        <Segmented<BoardMode>
          aria-label={tw('board.view')}
          value={view.mode}
          onChange={(mode) => setView({ mode })}
          options={[
            { value: 'district', label: tw('board.byDistrict') },
            { value: 'indicator', label: tw('board.byIndicator') },
            { value: 'cards', label: tw('board.asCards') },
          ]}
        />
      </Space>
      <Space wrap size={[16, 12]} style={{ marginBottom: 16 }} className="hongtu-no-print">
        <Checkbox.Group<CardColour>
          aria-label={tw('board.colours')}
          value={view.colours}
          onChange={(colours) => setView({ colours })}
          options={CARD_COLOURS.map((c) => ({ value: c, label: <span data-testid={`colour-${c}`}><CardTag colour={c} /></span> }))}
        />
        <Select<number[]>
          mode="multiple"
          allowClear
          aria-label={tw('board.districts')}
          data-testid="district-filter"
          placeholder={tw('board.allDistricts')}
          style={{ minWidth: 200 }}
          value={view.districts}
          options={districtOptions}
          optionFilterProp="label"
          onChange={(districts) => setView({ districts })}
        />
        <Select<string[]>
          mode="multiple"
          allowClear
          aria-label={tw('board.indicators')}
          data-testid="indicator-filter"
          placeholder={tw('board.allIndicators')}
          style={{ minWidth: 220 }}
          value={view.indicators}
          options={indicatorOptions}
          optionFilterProp="label"
          onChange={(indicators) => setView({ indicators })}
        />
        {filtered ? <Button type="link" onClick={() => setView({ colours: [], districts: [], indicators: [] })}>{tw('board.clear')}</Button> : null}
      </Space>
      {board.data ? (
        <Space size={8} style={{ marginBottom: 12 }} data-testid="board-summary">
          <Typography.Text>{t('warnings.summary', { count: cards.length })}</Typography.Text>
          {CARD_COLOURS.filter((c) => counts[c] > 0).map((c) => (
            <Typography.Text key={c} type="secondary">
              <CardTag colour={c} /> {counts[c]}
            </Typography.Text>
          ))}
          {filtered ? <Typography.Text type="secondary">{tw('board.shown', { shown: cards.length, total: all.length })}</Typography.Text> : null}
        </Space>
      ) : null}
      <PageState
        loading={f.periodState.loading || (filter !== null && board.isPending)}
        error={f.periodState.error ?? board.error}
        onRetry={() => void board.refetch()}
        empty={!filter || (board.data !== undefined && cards.length === 0)}
        emptyText={filtered && all.length > 0 ? tw('board.noneMatch') : t('warnings.empty')}
      >
        {/* The table view loads with the page: loaded apart (React.lazy) a switch to the cards made while
            its chunk was still coming was lost in the browser journey. */}
        {view.mode === 'cards' ? <CardGrid cards={cards} districtLink={districtLink} /> : <BoardTables groups={groups} by={view.mode} districtLink={districtLink} />}
      </PageState>
    </>
  );
}

/** The cards view: one card per district × indicator, red first, in sections by colour. */
function CardGrid({ cards, districtLink }: { cards: Card[]; districtLink: (id: number) => string }) {
  const { t } = useTranslation('dashboards');
  const counts = countColours(cards);
  return (
    <>
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
    </>
  );
}
