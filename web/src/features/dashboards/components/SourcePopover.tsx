import { useState } from 'react';
import { Popover, Space, Tag, Typography } from 'antd';
import { FileTextOutlined, InfoCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { MeasureCell } from '@hongtu/contracts';
import { DEFAULT_LANGUAGE, toLocale } from '../../../i18n/languages';
import { vintageLabel } from './figureVintage';

type Source = Pick<MeasureCell, 'source' | 'sourceRef' | 'sourceQuote' | 'vintage'>;

const SOURCE_TAG: Record<NonNullable<Source['source']>, string> = { document: 'blue', synthetic: 'default', entered: 'green', imported: 'cyan' };

/**
 * What the popover says about a figure's origin: document (seed file + the sentence), synthetic,
 * entered, imported; and its vintage (快报 …), which says how far the figure has settled.
 */
function SourceDetails({ source, sourceRef, sourceQuote, vintageText }: Omit<Source, 'vintage'> & { vintageText: string | null }) {
  const { t } = useTranslation('dashboards');
  if (source === null) return <Typography.Text type="secondary">{t('source.unknown')}</Typography.Text>;
  return (
    <Space orientation="vertical" size={6} style={{ maxWidth: 360 }}>
      <Space size={4} wrap>
        <Tag color={SOURCE_TAG[source]}>{t(`source.${source}`)}</Tag>
        {vintageText ? <Tag data-testid="source-vintage">{t('source.vintage', { vintage: vintageText })}</Tag> : null}
      </Space>
      {source === 'document' ? (
        <>
          {sourceRef ? (
            <Typography.Text>
              {t('source.file')} <Typography.Text code>{sourceRef}</Typography.Text>
            </Typography.Text>
          ) : null}
          {sourceQuote ? (
            <blockquote data-testid="source-quote" style={{ margin: 0, padding: '4px 10px', borderInlineStart: '3px solid #1677ff', background: '#f5f9ff' }}>
              {sourceQuote}
            </blockquote>
          ) : null}
        </>
      ) : (
        <Typography.Text type="secondary">{t(`source.${source}Hint`)}</Typography.Text>
      )}
    </Space>
  );
}

const BUTTON_STYLE = {
  height: 20, width: 20, minWidth: 20, padding: 0, marginInlineStart: 2, border: 0, borderRadius: 4, background: 'transparent',
  color: '#8c8c8c', cursor: 'pointer', lineHeight: '20px', verticalAlign: 'middle',
} as const;

/**
 * A small button beside a figure that opens where the figure came from. A plain button until it is
 * first pressed (a grid shows one per figure); the popover is put in place then, already open.
 */
export function SourcePopover({ indicatorName, ...source }: Source & { indicatorName: string }) {
  // The language as i18next has it (a figure's cell needs no account or query client to say it).
  const { t, i18n } = useTranslation('dashboards');
  const language = toLocale(i18n.resolvedLanguage ?? i18n.language) ?? DEFAULT_LANGUAGE;
  const [wanted, setWanted] = useState(false);
  if (source.source === null) return null;
  const vintage = vintageLabel(source.vintage, language);
  const label = vintage ? t('source.buttonWithVintage', { indicator: indicatorName, vintage }) : t('source.button', { indicator: indicatorName });
  const icon = source.source === 'document' ? <FileTextOutlined style={{ color: '#1677ff' }} /> : <InfoCircleOutlined />;
  const button = (
    <button type="button" aria-label={label} title={vintage ? t('source.vintage', { vintage }) : undefined} style={BUTTON_STYLE} onClick={() => setWanted(true)}>
      {icon}
    </button>
  );
  if (!wanted) return button;
  return (
    <Popover trigger="click" defaultOpen title={t('source.title')} content={<SourceDetails {...source} vintageText={vintage} />}>
      {button}
    </Popover>
  );
}
