import { Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DocumentFigure } from '@hongtu/contracts/documents';
import { useIndicators } from '../../reporting/public';

const STATUS_COLOR = { extracted: 'default', corrected: 'processing', rejected: 'error', accepted: 'success' } as const;

/** A figure's record as read (or corrected): subject, indicator, period, kind, value and unit as written, growth, the quote. */
export function FigureFields({ figure }: { figure: DocumentFigure }) {
  const { t, i18n } = useTranslation('documents');
  const indicators = useIndicators();
  const locale = (['zh-CN', 'zh-TW', 'en'] as const).find((l) => l === i18n.language) ?? 'zh-CN';
  // A matched indicator is stored by its catalogue code: shown by its name.
  const indicatorName = figure.indicatorMatched ? indicators.data?.find((i) => i.code === figure.indicator)?.names[locale] ?? figure.indicator : figure.indicator;
  const value = figure.value === null ? '—' : `${figure.comparator && figure.comparator !== '=' ? `${t(`comparator.${figure.comparator}`)} ` : ''}${figure.value}${figure.unit ? (figure.unit === '%' ? '%' : ` ${figure.unit}`) : ''}`;
  return (
    <Descriptions size="small" column={1} bordered data-testid="figure-fields">
      <Descriptions.Item label={t('figure.status')}><Tag color={STATUS_COLOR[figure.status]}>{t(`status.${figure.status}`)}</Tag></Descriptions.Item>
      <Descriptions.Item label={t('figure.entity')}>{figure.entity}</Descriptions.Item>
      <Descriptions.Item label={t('figure.indicator')}>{indicatorName}</Descriptions.Item>
      <Descriptions.Item label={t('figure.period')}>{figure.period}</Descriptions.Item>
      <Descriptions.Item label={t('figure.kind')}>{t(`kind.${figure.kind}`)}</Descriptions.Item>
      <Descriptions.Item label={t('figure.value')}><span data-testid="figure-value">{value}</span></Descriptions.Item>
      {figure.yoyPct !== null ? <Descriptions.Item label={t('figure.yoy')}>{figure.yoyPct}%</Descriptions.Item> : null}
      {figure.vsTimeProgressPp !== null ? <Descriptions.Item label={t('figure.vsTime')}>{figure.vsTimeProgressPp}</Descriptions.Item> : null}
      {figure.reason ? <Descriptions.Item label={t('figure.reason')}>{figure.reason}</Descriptions.Item> : null}
      <Descriptions.Item label={t('figure.quote')}><Typography.Text italic>「{figure.quote}」</Typography.Text></Descriptions.Item>
    </Descriptions>
  );
}
