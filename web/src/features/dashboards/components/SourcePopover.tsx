import { Button, Popover, Space, Tag, Typography } from 'antd';
import { FileTextOutlined, InfoCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { MeasureCell } from '@hongtu/contracts';

type Source = Pick<MeasureCell, 'source' | 'sourceRef' | 'sourceQuote'>;

const SOURCE_TAG: Record<NonNullable<Source['source']>, string> = { document: 'blue', synthetic: 'default', entered: 'green', imported: 'cyan' };

/** What the popover says about a figure's origin: document (seed file + the sentence), synthetic, entered, imported. */
function SourceDetails({ source, sourceRef, sourceQuote }: Source) {
  const { t } = useTranslation('dashboards');
  if (source === null) return <Typography.Text type="secondary">{t('source.unknown')}</Typography.Text>;
  return (
    <Space orientation="vertical" size={6} style={{ maxWidth: 360 }}>
      <Tag color={SOURCE_TAG[source]}>{t(`source.${source}`)}</Tag>
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

/** A small button beside a figure that opens where the figure came from. */
export function SourcePopover({ indicatorName, ...source }: Source & { indicatorName: string }) {
  const { t } = useTranslation('dashboards');
  if (source.source === null) return null;
  const icon = source.source === 'document' ? <FileTextOutlined style={{ color: '#1677ff' }} /> : <InfoCircleOutlined />;
  return (
    <Popover trigger="click" title={t('source.title')} content={<SourceDetails {...source} />}>
      <Button type="text" size="small" icon={icon} aria-label={t('source.button', { indicator: indicatorName })} style={{ height: 20, width: 20, minWidth: 20, color: '#8c8c8c' }} />
    </Popover>
  );
}
