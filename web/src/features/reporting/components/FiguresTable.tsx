import { useMemo, useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import { App, Flex, Table, Tag, Tooltip, Typography } from 'antd';
import { ExclamationCircleFilled, HistoryOutlined, RollbackOutlined, StarFilled } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { CheckFinding, Figure, Indicator } from '@hongtu/contracts';
import { indicatorName, indicatorUnit } from '../../../lib/format';
import { useLanguage } from '../../auth/public';
import { periodLabel } from '@hongtu/domain';
import { formatShanghai } from '../../../lib/time';
import { currentDraft, NUMBER_FIELDS, type DraftField, type Edits, type FieldErrors } from '../model/figureEdits';
import { SEVERITY_COLOURS, worstSeverity } from '../model/findings';
import { formatGrowth, formatValue } from '../model/format';
import { rowTraits } from '../model/frequency';
import { cellKey, gridFields, isBlock, moveTarget, parseClipboardBlock, pasteTargets, type GridRow } from '../model/grid';
import { liveGrowth, typedNumberProblem } from '../model/liveChecks';
import { FigureInput } from './FigureInput';
import { SourceTag } from './SourceTag';
import { VintageSelect, VintageTag } from './VintageTag';
import '../reporting.css';

export interface FigureRow {
  indicator: Indicator;
  figure: Figure;
}

interface Props {
  /** The month shown: the previous report of a quarterly indicator is named by its months. */
  month: number;
  rows: readonly FigureRow[];
  editable: boolean;
  /** Returned marks are the current state; an earlier version is shown without them. */
  showReturned?: boolean;
  edits: Edits;
  fieldErrors: FieldErrors;
  findings: Map<string, CheckFinding[]>;
  onEdit: (figure: Figure, field: DraftField, value: string) => void;
  /** Several cells at once: a block pasted from Excel / WPS. */
  onEditMany: (cells: { code: string; field: DraftField; value: string }[]) => void;
}

const dash = (text: string | null) => text ?? '—';

/**
 * The month's figures (only those due this month): references, inputs (or values), the reported
 * growth on the natural and the comparable basis side by side, the adjusted base and its reason,
 * our computed growth (and on which base), source, returned reasons and check marks.
 */
export function FiguresTable({ month, rows, editable, showReturned = true, edits, fieldErrors, findings, onEdit, onEditMany }: Props) {
  const { t } = useTranslation('reporting');
  const { language } = useLanguage();
  const { message } = App.useApp();
  const wrapper = useRef<HTMLDivElement>(null);
  const grid: GridRow[] = useMemo(() => rows.map((row) => ({ code: row.figure.indicatorCode, fields: gridFields(rowTraits(row.indicator).comparable) })), [rows]);
  const rowOf = (code: string) => grid.findIndex((g) => g.code === code);

  const focusCell = (code: string, field: DraftField) => {
    const target = wrapper.current?.querySelector<HTMLInputElement>(`[data-grid-cell="${cellKey(code, field)}"]`);
    target?.focus();
    target?.select();
  };
  /** Enter / ↓ to the row below, Shift+Enter / ↑ to the row above, as in a sheet (IME composition left alone). */
  const onKeyDown = (code: string, field: DraftField) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    const direction = event.key === 'ArrowDown' || (event.key === 'Enter' && !event.shiftKey) ? 'down'
      : event.key === 'ArrowUp' || (event.key === 'Enter' && event.shiftKey) ? 'up' : null;
    if (!direction) return;
    event.preventDefault();
    const next = moveTarget(grid, { row: rowOf(code), field }, direction);
    if (next) focusCell(grid[next.row]!.code, next.field);
  };
  /** A block copied from Excel / WPS goes into this cell and the ones to its right and below. */
  const onPaste = (code: string, field: DraftField) => (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text/plain');
    if (!isBlock(text)) {
      // One value copied from a sheet carries a line break: keep the value alone.
      if (/[\r\n]$/.test(text)) {
        event.preventDefault();
        onEditMany([{ code, field, value: text.replace(/[\r\n]+$/, '').trim() }]);
      }
      return;
    }
    event.preventDefault();
    const { cells, leftOut } = pasteTargets(grid, { row: rowOf(code), field }, parseClipboardBlock(text));
    onEditMany(cells);
    if (leftOut > 0) void message.warning(t('month.pasteLeftOut', { count: leftOut }));
  };

  const input = (row: FigureRow, field: DraftField, placeholder?: string) => {
    const name = indicatorName(row.indicator, language);
    const value = currentDraft(row.figure, edits)[field];
    const number = NUMBER_FIELDS.has(field);
    const typed = number ? typedNumberProblem(value) : null;
    return (
      <FigureInput
        label={t('figures.inputLabel', { indicator: name, field: t(`figures.${field}`) })}
        value={value}
        placeholder={placeholder}
        error={fieldErrors[row.figure.indicatorCode]?.[field]}
        warning={typed ? t('figures.notANumber') : undefined}
        align={number ? 'right' : 'left'}
        maxLength={number ? 64 : 1000}
        onChange={(v) => onEdit(row.figure, field, v)}
        cell={cellKey(row.figure.indicatorCode, field)}
        onKeyDown={onKeyDown(row.figure.indicatorCode, field)}
        onPaste={onPaste(row.figure.indicatorCode, field)}
      />
    );
  };
  /** An input of the comparable basis where the indicator takes one, else a dash. */
  const comparableCell = (row: FigureRow, field: 'adjustedBase' | 'reportedYoyComparable' | 'comparableReason', shown: string | null) => {
    if (!rowTraits(row.indicator).comparable) return <Typography.Text type="secondary">—</Typography.Text>;
    if (editable) return input(row, field);
    return field === 'comparableReason'
      ? <Typography.Text ellipsis={{ tooltip: shown }} style={{ maxWidth: 135 }}>{shown ?? ''}</Typography.Text>
      : dash(shown);
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
          <IndicatorTags indicator={row.indicator} />
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
      render: (_v, row) => {
        const value = <Typography.Text type="secondary">{dash(formatValue(row.figure.previousYtd, row.indicator))}</Typography.Text>;
        const at = row.figure.previousMonth;
        // Named when the previous report is not last month's (a quarterly indicator's previous quarter).
        return at !== null && at !== month - 1
          ? <Tooltip title={t('figures.previousOf', { period: periodLabel({ year: 2000, month: at }, language, { style: 'months' }) })}>{value}</Tooltip>
          : value;
      },
    },
    {
      title: t('figures.lastYearYtd'), key: 'lastYear', width: 110, align: 'right',
      render: (_v, row) => {
        const revision = row.figure.lastYearRevision;
        return (
          <Typography.Text type="secondary">
            {revision ? (
              <Tooltip title={t('figures.lastYearRevised', {
                value: dash(formatValue(revision.firstApprovedYtd, row.indicator)), time: formatShanghai(revision.revisedAt, 'YYYY-MM-DD') ?? revision.revisedAt,
              })}>
                <HistoryOutlined style={{ color: '#fa8c16', marginInlineEnd: 4 }} data-testid={`last-year-revised-${row.figure.indicatorCode}`} />
              </Tooltip>
            ) : null}
            {dash(formatValue(row.figure.lastYearYtd, row.indicator))}
          </Typography.Text>
        );
      },
    },
    {
      title: t('figures.ytdValue'), key: 'ytd', width: 120, align: 'right',
      render: (_v, row) => (editable
        ? input(row, 'ytdValue', rowTraits(row.indicator).amountOptional ? t('figures.amountOptional') : undefined)
        : <Typography.Text strong>{dash(formatValue(row.figure.ytdValue, row.indicator))}</Typography.Text>),
    },
    {
      title: t('figures.reportedGroup'), key: 'reported',
      children: [
        {
          title: t('figures.natural'), key: 'yoy', width: 90, align: 'right',
          render: (_v, row) => (editable ? input(row, 'reportedYoy') : dash(formatGrowth(row.figure.reportedYoy))),
        },
        {
          title: t('figures.comparable'), key: 'yoyComparable', width: 90, align: 'right',
          render: (_v, row) => comparableCell(row, 'reportedYoyComparable', formatGrowth(row.figure.reportedYoyComparable)),
        },
      ],
    },
    {
      title: <Tooltip title={t('figures.adjustedBaseHint')}>{t('figures.adjustedBase')}</Tooltip>, key: 'adjustedBase', width: 110, align: 'right',
      render: (_v, row) => comparableCell(row, 'adjustedBase', formatValue(row.figure.adjustedBase, row.indicator)),
    },
    {
      title: t('figures.comparableReason'), key: 'comparableReason', width: 150,
      render: (_v, row) => comparableCell(row, 'comparableReason', row.figure.comparableReason),
    },
    {
      title: <Tooltip title={t('figures.computedYoyHint')}>{t('figures.computedYoy')}</Tooltip>, key: 'computed', width: 110, align: 'right',
      render: (_v, row) => {
        const draft = currentDraft(row.figure, edits);
        const growth = editable && edits[row.figure.indicatorCode]
          ? liveGrowth(draft, row.figure.lastYearYtd, row.indicator)
          : { used: row.figure.computedYoy, usedBase: row.figure.computedYoyBase, natural: row.figure.computedYoyNatural };
        return (
          <Flex vertical align="end" gap={0} data-testid={`computed-${row.figure.indicatorCode}`}>
            <Typography.Text type="secondary">
              {growth.usedBase === 'adjusted' ? <Tag color="blue" style={{ marginInlineEnd: 4 }}>{t('figures.computedOnAdjusted')}</Tag> : null}
              {dash(formatGrowth(growth.used))}
            </Typography.Text>
            {growth.usedBase === 'adjusted' && growth.natural !== null ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('figures.computedNatural', { value: formatGrowth(growth.natural) })}</Typography.Text>
            ) : null}
          </Flex>
        );
      },
    },
    {
      title: t('figures.note'), key: 'note', width: 180,
      render: (_v, row) => (editable ? input(row, 'note') : <Typography.Text ellipsis={{ tooltip: row.figure.note }} style={{ maxWidth: 165 }}>{row.figure.note ?? ''}</Typography.Text>),
    },
    {
      title: <Tooltip title={t('figures.vintageHint')}>{t('figures.vintage')}</Tooltip>, key: 'vintage', width: 110,
      render: (_v, row) => (editable
        ? (
          <VintageSelect
            value={currentDraft(row.figure, edits).vintage}
            label={t('figures.inputLabel', { indicator: indicatorName(row.indicator, language), field: t('figures.vintage') })}
            error={fieldErrors[row.figure.indicatorCode]?.vintage}
            onChange={(v) => onEdit(row.figure, 'vintage', v)}
          />
        )
        : <span data-testid={`vintage-${row.figure.indicatorCode}`}><VintageTag vintage={row.figure.vintage} /></span>),
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
    <div ref={wrapper}>
    <Table<FigureRow>
      rowKey={(row) => row.figure.indicatorCode}
      size="small"
      bordered
      pagination={false}
      dataSource={[...rows]}
      columns={columns}
      scroll={{ x: 1610 }}
      rowClassName={(row) => (showReturned && row.figure.returned ? 'reporting-row-returned' : '')}
      data-testid="figures-table"
    />
    </div>
  );
}

/** The frequency (when not monthly) and real growth of an indicator, with what they mean. */
function IndicatorTags({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation('reporting');
  const traits = rowTraits(indicator);
  if (!traits.frequencyTag && !traits.amountOptional) return null;
  return (
    <span>
      {traits.frequencyTag ? (
        <Tooltip title={t(`figures.frequencyHint.${traits.frequencyTag}`)}>
          <Tag style={{ fontSize: 11 }} data-testid={`frequency-${indicator.code}`}>{t(`figures.frequency.${traits.frequencyTag}`)}</Tag>
        </Tooltip>
      ) : null}
      {traits.amountOptional ? (
        <Tooltip title={t('figures.realGrowthHint')}>
          <Tag color="green" style={{ fontSize: 11 }}>{t('figures.realGrowth')}</Tag>
        </Tooltip>
      ) : null}
    </span>
  );
}
