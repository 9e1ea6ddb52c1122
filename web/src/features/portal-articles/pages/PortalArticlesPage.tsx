import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { App, Button, Input, Select, Space, Table, Tag, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { ARTICLE_STATUSES, PORTAL_TOPICS, type ArticleStatus, type PortalTopic } from '@hongtu/domain';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { formatShanghai } from '../../../lib/time';
import { useDisplayText } from '../../../lib/traditional';
import { useImportArticle, usePortalArticlesList } from '../api';
import { STATUS_COLOURS, topicLabel } from '../model';

/** /portal-articles — the articles the user may write or publish (the server limits them to the user's scope). */
export function PortalArticlesPage() {
  const { t, i18n } = useTranslation('portal-articles');
  const show = useDisplayText();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [status, setStatus] = useState<ArticleStatus | undefined>();
  const [topic, setTopic] = useState<PortalTopic | undefined>();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const list = usePortalArticlesList({ status, topic, q: q || undefined, page, pageSize: 20 });
  const importArticle = useImportArticle();
  if (!list.data) return <PageState loading={list.isLoading} error={list.error} />;
  return (
    <>
      <PageHeader
        title={t('title')}
        extra={(
          <Space>
            <Upload
              accept=".md,.markdown,text/markdown"
              showUploadList={false}
              beforeUpload={(file) => {
                void file.text().then((markdown) => importArticle.mutateAsync({ fileName: file.name, markdown }))
                  .then((article) => { void message.success(t('imported')); void navigate(`/portal-articles/${article.id}`); })
                  .catch((error: Error) => void message.error(error.message));
                return false;
              }}
            >
              <Button loading={importArticle.isPending}>{t('importFile')}</Button>
            </Upload>
            <Button type="primary" onClick={() => void navigate('/portal-articles/new')}>{t('newArticle')}</Button>
          </Space>
        )}
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <Select allowClear aria-label={t('columns.status')} placeholder={t('allStatuses')} style={{ width: 140 }} value={status}
          onChange={(v: ArticleStatus | undefined) => { setStatus(v); setPage(1); }}
          options={ARTICLE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
        <Select allowClear aria-label={t('columns.topic')} placeholder={t('allTopics')} style={{ width: 140 }} value={topic}
          onChange={(v: PortalTopic | undefined) => { setTopic(v); setPage(1); }}
          options={PORTAL_TOPICS.map((value) => ({ value, label: topicLabel(value, i18n.language) }))} />
        <Input.Search allowClear aria-label={t('search')} placeholder={t('search')} style={{ width: 260 }} onSearch={(v) => { setQ(v.trim()); setPage(1); }} />
      </Space>
      <Table
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data.items}
        locale={{ emptyText: t('empty') }}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize: 20, total: list.data.total, onChange: setPage, showSizeChanger: false, showTotal: (count) => t('total', { count }) }}
        columns={[
          { title: t('columns.title'), render: (_: unknown, a) => <Link to={`/portal-articles/${a.id}`}>{show(a.title)}</Link> },
          { title: t('columns.topic'), render: (_: unknown, a) => topicLabel(a.topic, i18n.language) },
          { title: t('columns.district'), render: (_: unknown, a) => (a.districtName ? show(a.districtName) : t('city')) },
          {
            title: t('columns.status'),
            render: (_: unknown, a) => (
              <Space size={4}>
                <Tag color={STATUS_COLOURS[a.status]}>{t(`status.${a.status}`)}</Tag>
                {a.visible ? <Tag color="blue">{t('onPortal')}</Tag> : null}
              </Space>
            ),
          },
          { title: t('columns.publishedAt'), render: (_: unknown, a) => (a.publishedAt ? formatShanghai(a.publishedAt, 'YYYY-MM-DD HH:mm') : a.publishAt ? t('scheduled', { at: formatShanghai(a.publishAt, 'YYYY-MM-DD HH:mm') }) : '—') },
          { title: t('columns.updatedAt'), render: (_: unknown, a) => formatShanghai(a.updatedAt, 'YYYY-MM-DD HH:mm') },
        ]}
      />
    </>
  );
}
