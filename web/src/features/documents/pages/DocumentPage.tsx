import { Card, Drawer, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { useDocument } from '../api';
import { DocumentText } from '../components/DocumentText';
import { FigurePanel } from '../components/FigurePanel';

/** A document: its text with every figure marked; a figure's record in the side panel (correct, reject, accept). */
export function DocumentPage() {
  const { t } = useTranslation('documents');
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const doc = useDocument(id);
  const selectedId = params.get('figure') ? Number(params.get('figure')) : null;
  const figure = doc.data?.figures.find((f) => f.id === selectedId) ?? null;
  const select = (figureId: number | null) => setParams(figureId === null ? {} : { figure: String(figureId) }, { replace: true });
  const d = doc.data;

  return (
    <PageState loading={doc.isLoading} error={doc.error}>
      {d ? (
        <>
          <PageHeader
            title={d.title}
            subtitle={t('detail.meta', { issuer: d.issuer ?? '—', date: d.publishedOn ?? '—' })}
            extra={<Link to="/documents">{t('detail.back')}</Link>}
          />
          <Space wrap style={{ marginBottom: 12 }}>
            {d.indexNo ? <Tag>{t('detail.indexNo')}：{d.indexNo}</Tag> : null}
            {d.docNo ? <Tag>{t('detail.docNo')}：{d.docNo}</Tag> : null}
            {d.version > 1 ? <Tag>{t('detail.version', { version: d.version })}</Tag> : null}
            {d.sourceUrl ? <Typography.Text type="secondary" copyable>{t('detail.source')}：{d.sourceUrl}</Typography.Text> : null}
          </Space>
          <Card size="small" title={t('detail.figures', { count: d.figures.length })}>
            <DocumentText text={d.text} figures={d.figures} selected={selectedId} onSelect={select} />
          </Card>
          <Drawer open={figure !== null} onClose={() => select(null)} title={t('figure.title')} width={420} destroyOnHidden>
            {figure ? <FigurePanel figure={figure} documentId={d.id} /> : null}
          </Drawer>
        </>
      ) : null}
    </PageState>
  );
}
