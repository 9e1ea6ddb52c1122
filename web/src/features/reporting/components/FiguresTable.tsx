import { Flex, Table, Tag, Tooltip, Typography } from 'antd';
import { ExclamationCircleFilled, RollbackOutlined, StarFilled } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { CheckFinding, Figure, Indicator } from '@hongtu/contracts';
import { indicatorName, indicatorUnit } from '../../../lib/format';
import { useLanguage } from '../../auth/public';
import { currentDraft, type DraftField, type Edits, type FieldErrors } from '../model/figureEdits';
import { SEVERITY_COLOURS, worstSeverity } from '../model/findings';
import { formatGrowth, formatValue } from '../model/format';
import { liveComputedYoy, typedNumberProblem } from '../model/liveChecks';
import { FigureInput } from './FigureInput';
import { SourceTag } from './SourceTag';
import '../reporting.css';

export interface FigureRow {
  indicator: Indicator;
  figure: Figure;
}

interface Props {
  rows: readonly FigureRow[];
  editable: boolean;
  /** Returned marks are the current state; an earlier version is shown without them. */
  showReturned?: boolean;
  edits: Edits;
  fieldErrors: FieldErrors;
  findings: Map<string, CheckFinding[]>;
  onEdit: (figure: Figure, field: DraftField, value: string) => void;
}

const dash = (text: string | null) => text ?? '—';

/** The month's figures: references, inputs (or values), computed growth, source, returned reasons and check marks. */
export function FiguresTable({ rows, editable, showReturned = true, edits, fieldErrors, findings, onEdit }: Props) {
  const { t } = useTranslation('reporting');
  const { language } = useLanguage();

  const input = (row: FigureRow, field: DraftField) => {
    const name = indicatorName(row.indicator, language);
    const value = currentDraft(row.figure, edits)[field];
    const typed = field === 'note' ? null : typedNumberProblem(value);
    return (
      <FigureInput
        label={t('figures.inputLabel', { indicator: name, field: t(`figures.${field}`) })}
        value={value}
        error={fieldErrors[row.figure.indicatorCode]?.[field]}
        warning={typed ? t('figures.notANumber') : undefined}
        align={field === 'note' ? 'left' : 'right'}
        maxLength={field === 'note' ? 1000 : 64}
        onChange={(v) => onEdit(row.figure, field, v)}
      />
    );
  };

  const columns: ColumnsType<FigureRow> = [
    {
      title: t('figures.indicator'),
      key: 'indicator',
      fixed: 'left',
      width: 190,
      render: (_v, row) => (
        <Flex vertical gap={2}>
          <span>
            {row.indicator.key ? <StarFilled style={{ color: '#faad14', fontSize: 11, marginRight: 4 }} title={t('figures.keyIndicator')} /> : null}
            <Typography.Text strong={row.indicator.key}>{indicatorName(row.indicator, language)}</Typography.Text>
          </span>
          {showReturned && row.figure.returned ? (
            <Typography.Text type="danger" style={{ fontSize: 12 }} data-testid={`returned-${row.figure.indicatorCode}`}>
              <RollbackOutlined /> {t('figures.returnReason', { reason: row.figure.returnReason ?? '' })}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    { title: t('figures.unit'), key: 'unit', width: 64, render: (_v, row) => indicatorUnit(row.indicator, language) },
    {
      title: t('figures.previousYtd'), key: 'previous', width: 100, align: 'right',
      render: (_v, row) => <Typography.Text type="secondary">{dash(formatValue(row.figure.previousYtd, row.indicator))}</Typography.Text>,
    },
    {
      title: t('figures.lastYearYtd'), key: 'lastYear', width: 100, align: 'right',
      render: (_v, row) => <Typography.Text type="secondary">{dash(formatValue(row.figure.lastYearYtd, row.indicator))}</Typography.Text>,
    },
    {
      title: t('figures.ytdValue'), key: 'ytd', width: 120, align: 'right',
      render: (_v, row) => (editable ? input(row, 'ytdValue') : <Typography.Text strong>{dash(formatValue(row.figure.ytdValue, row.indicator))}</Typography.Text>),
    },
    {
      title: t('figures.reportedYoy'), key: 'yoy', width: 96, align: 'right',
      render: (_v, row) => (editable ? input(row, 'reportedYoy') : dash(formatGrowth(row.figure.reportedYoy))),
    },
    {
      title: <Tooltip title={t('figures.computedYoyHint')}>{t('figures.computedYoy')}</Tooltip>, key: 'computed', width: 90, align: 'right',
      render: (_v, row) => {
        const draft = currentDraft(row.figure, edits);
        const computed = editable && edits[row.figure.indicatorCode]
          ? liveComputedYoy(draft.ytdValue, row.figure.lastYearYtd, row.indicator.kind)
          : row.figure.computedYoy;
        return <Typography.Text type="secondary">{dash(formatGrowth(computed))}</Typography.Text>;
      },
    },
    {
      title: t('figures.note'), key: 'note', width: 180,
      render: (_v, row) => (editable ? input(row, 'note') : <Typography.Text ellipsis={{ tooltip: row.figure.note }} style={{ maxWidth: 165 }}>{row.figure.note ?? ''}</Typography.Text>),
    },
    {
      title: t('figures.source'), key: 'source', width: 100,
      render: (_v, row) => <SourceTag source={row.figure.ytdValue === null ? null : row.figure.source} sourceRef={row.figure.sourceRef} sourceQuote={row.figure.sourceQuote} />,
    },
    {
      title: t('figures.check'), key: 'check', width: 56, align: 'center',
      render: (_v, row) => {
        const list = findings.get(row.figure.indicatorCode);
        const worst = worstSeverity(list);
        if (!worst || !list) return null;
        return (
          <Tooltip title={list.map((f) => <div key={f.code}>{f.message}</div>)}>
            <Tag color={SEVERITY_COLOURS[worst]} icon={<ExclamationCircleFilled />} style={{ marginInlineEnd: 0 }}>
              {list.length}
            </Tag>
          </Tooltip>
        );
      },
    },
  ];

  return (
    <Table<FigureRow>
      rowKey={(row) => row.figure.indicatorCode}
      size="small"
      bordered
      pagination={false}
      dataSource={[...rows]}
      columns={columns}
      scroll={{ x: 1100 }}
      rowClassName={(row) => (showReturned && row.figure.returned ? 'reporting-row-returned' : '')}
      data-testid="figures-table"
    />
  );
}
