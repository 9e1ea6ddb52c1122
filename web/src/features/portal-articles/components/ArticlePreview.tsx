import { useEffect, useState } from 'react';
import { Card, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useArticlePreview } from '../api';

/**
 * The body as the portal will show it: the server renders the Markdown (raw HTML escaped, unsafe
 * links dropped), so what is inserted here is that same safe HTML. Asked for after a pause in typing.
 */
export function ArticlePreview({ markdown }: { markdown: string }) {
  const { t } = useTranslation('portal-articles');
  const [settled, setSettled] = useState(markdown);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(markdown), 400);
    return () => clearTimeout(timer);
  }, [markdown]);
  const preview = useArticlePreview(settled);
  return (
    <Card size="small" title={t('editor.preview')} extra={preview.isFetching ? <Spin size="small" /> : null}>
      {/* Safe HTML rendered by the server (markdown-it, raw HTML off, unsafe links dropped). */}
      <div className="portal-article-preview" data-testid="article-preview" dangerouslySetInnerHTML={{ __html: preview.data?.html ?? '' }} />
    </Card>
  );
}
