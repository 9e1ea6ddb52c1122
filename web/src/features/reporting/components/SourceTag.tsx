import { Popover, Tag, Typography } from 'antd';
import { FileTextOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

const COLOURS: Record<string, string> = { document: 'geekblue', synthetic: 'default', entered: 'cyan', imported: 'purple' };
const KNOWN = ['document', 'synthetic', 'entered', 'imported'] as const;
type Known = (typeof KNOWN)[number];
const isKnown = (s: string): s is Known => (KNOWN as readonly string[]).includes(s);

interface Props {
  source: string | null;
  sourceRef: string | null;
  sourceQuote: string | null;
}

/** Where a figure or target came from; a document's shows its seed file and the sentence it was taken from. */
export function SourceTag({ source, sourceRef, sourceQuote }: Props) {
  const { t } = useTranslation('reporting');
  if (!source) return null;
  const label = isKnown(source) ? t(`source.${source}`) : source;
  const tag = (
    <Tag color={COLOURS[source] ?? 'default'} icon={source === 'document' ? <FileTextOutlined /> : undefined} style={{ cursor: source === 'document' ? 'pointer' : undefined }}>
      {label}
    </Tag>
  );
  if (source !== 'document' || (!sourceRef && !sourceQuote)) return tag;
  return (
    <Popover
      title={t('source.popoverTitle')}
      trigger={['hover', 'click']}
      content={
        <div style={{ maxWidth: 420 }}>
          {sourceRef ? (
            <div>
              <Typography.Text type="secondary">{t('source.file')}</Typography.Text> <Typography.Text code>{sourceRef}</Typography.Text>
            </div>
          ) : null}
          {sourceQuote ? (
            <blockquote style={{ margin: '8px 0 0', padding: '4px 10px', borderLeft: '3px solid #adc6ff', background: '#f5f8ff' }}>
              {sourceQuote}
            </blockquote>
          ) : null}
        </div>
      }
    >
      {tag}
    </Popover>
  );
}
