import { Flex, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Card } from '@hongtu/contracts';
import { CARD_COLOURS, type BoardGroup, type BoardGrouping } from '@hongtu/domain';
import { CARD_HEX } from '../cards';
import { CardTag } from '../components/CardTag';

interface BoardTablesProps {
  groups: BoardGroup<Card>[];
  by: BoardGrouping;
  districtLink: (organisationId: number) => string;
}

/** 连续N个月: a run of more than one month stands out; one month is "本月". */
export function MonthsCarded({ months }: { months: number }) {
  const { t } = useTranslation('warnings');
  return months > 1 ? (
    <Tag color="volcano" data-testid="months-carded" style={{ marginInlineEnd: 0 }}>{t('board.monthsInRow', { count: months })}</Tag>
  ) : (
    <Typography.Text type="secondary">{t('board.thisMonth')}</Typography.Text>
  );
}

/**
 * The board as a table per district (or per indicator), the group's counts in its heading, each card
 * with its short reason in bulletin wording (the full reason on hover), the run, who answers for it.
 */
export function BoardTables({ groups, by, districtLink }: BoardTablesProps) {
  const { t } = useTranslation('warnings');
  const columns: ColumnsType<Card> = [
    by === 'district'
      ? { key: 'indicator', title: t('board.indicator'), dataIndex: 'indicatorName', width: 200 }
      : {
          key: 'district', title: t('board.district'), width: 140,
          render: (_, card) => <Link to={districtLink(card.organisationId)}>{card.organisationName}</Link>,
        },
    { key: 'card', title: t('board.card'), width: 96, render: (_, card) => <CardTag colour={card.colour} /> },
    { key: 'months', title: t('board.months'), width: 110, render: (_, card) => <MonthsCarded months={card.monthsCarded} /> },
    {
      key: 'reason', title: t('board.reason'),
      render: (_, card) => (
        <Tooltip title={card.reason}>
          <span data-testid="card-short-reason">{card.shortReason}</span>
        </Tooltip>
      ),
    },
    { key: 'leader', title: t('board.leader'), dataIndex: 'leader', width: 130, render: (v: string | null) => v ?? '—' },
    { key: 'department', title: t('board.department'), dataIndex: 'department', width: 150, render: (v: string | null) => v ?? '—' },
  ];
  return (
    <Flex vertical gap={20}>
      {groups.map((group) => (
        <section key={group.key} data-testid="board-group" aria-label={group.name} className="hongtu-print-keep">
          <Flex align="center" gap={10} style={{ marginBottom: 8 }}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {by === 'district' ? <Link to={districtLink(Number(group.key))}>{group.name}</Link> : group.name}
            </Typography.Title>
            {CARD_COLOURS.filter((c) => group.counts[c] > 0).map((c) => (
              <Typography.Text key={c} type="secondary">
                <CardTag colour={c} /> {group.counts[c]}
              </Typography.Text>
            ))}
          </Flex>
          <Table<Card>
            size="small"
            bordered
            pagination={false}
            rowKey={(card) => `${card.organisationId}-${card.indicatorCode}-${card.ruleId}`}
            columns={columns}
            dataSource={[...group.cards]}
            onRow={(card) => ({ 'data-colour': card.colour, style: { boxShadow: `inset 3px 0 0 ${CARD_HEX[card.colour].solid}` } }) as React.HTMLAttributes<HTMLTableRowElement>}
          />
        </section>
      ))}
    </Flex>
  );
}
