import type { ReactNode } from 'react';
import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportSource } from '@hongtu/contracts/reports';
import { useLanguage } from '../../auth/public';
import { formatShanghai } from '../../../lib/time';
import { reportPeriodLabel } from '../model/periods';
import { exactValueText } from '../model/measures';
import { inputsOf, sourceTitle } from '../model/runs';
import { useMeasureName } from '../model/useMeasureName';

/**
 * Where one number of the report comes from: the unit, indicator, measure and exact value; for an
 * approved figure its submission, version, approval time and approver; for a computed value its
 * formula and the numbers it was computed from.
 */
export function SourceDetails({ source, sources }: { source: ReportSource; sources: ReadonlyMap<string, ReportSource> }) {
  const { t } = useTranslation('reports');
  const { language } = useLanguage();
  const measureName = useMeasureName();
  const value = exactValueText(source, language);
  const items: { key: string; label: string; children: ReactNode }[] = [
    { key: 'origin', label: t('source.origin'), children: t(`source.originName.${source.origin}`) },
    { key: 'organisation', label: t('source.organisation'), children: source.organisationName },
    { key: 'indicator', label: t('source.indicator'), children: source.indicatorName },
    { key: 'measure', label: t('source.measure'), children: measureName(source.measure) },
    { key: 'period', label: t('source.period'), children: reportPeriodLabel(source.periodKey, language) },
    { key: 'value', label: t('source.value'), children: <Typography.Text strong data-testid="source-value">{value}</Typography.Text> },
  ];
  if (source.origin === 'figure') {
    items.push(
      { key: 'submission', label: t('source.submission'), children: source.submissionId === null ? '—' : `#${source.submissionId}` },
      { key: 'version', label: t('source.version'), children: source.version === null ? '—' : t('source.versionValue', { version: source.version }) },
      { key: 'approvedAt', label: t('source.approvedAt'), children: formatShanghai(source.approvedAt, 'YYYY-MM-DD HH:mm') ?? t('source.notApproved') },
      { key: 'approvedBy', label: t('source.approvedBy'), children: source.approvedBy ?? '—' },
    );
  }
  if (source.origin === 'computed') {
    const inputs = inputsOf(source, sources);
    items.push(
      { key: 'formula', label: t('source.formula'), children: source.formula ?? '—' },
      {
        key: 'inputs',
        label: t('source.inputs'),
        children: inputs.length === 0 ? '—' : (
          <ul style={{ margin: 0, paddingInlineStart: 16 }}>
            {inputs.map((input) => (
              <li key={input.id}>
                {input.source ? `${sourceTitle(input.source, measureName)}：${exactValueText(input.source, language)}` : input.id}
              </li>
            ))}
          </ul>
        ),
      },
    );
  }
  return (
    <div style={{ maxWidth: 420 }} data-testid="source-details">
      <Typography.Text type="secondary">{sourceTitle(source, measureName)}</Typography.Text>
      <Descriptions size="small" column={1} bordered items={items} style={{ marginTop: 8 }} />
    </div>
  );
}
