import { useEffect } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert, App, Button, Col, DatePicker, Form, Input, List, Popconfirm, Row, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isReportingUnit, PORTAL_TOPICS, type ArticleAction } from '@hongtu/domain';
import type { Article } from '@hongtu/contracts/portal-articles';
import { OrganisationSelect } from '../../../components/OrganisationSelect';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { dayjs, formatShanghai, shanghaiWallTimeToIso } from '../../../lib/time';
import { useApiFormErrors } from '../../../lib/useApiFormErrors';
import { useCurrentUser } from '../../auth/public';
import { useOrganisations } from '../../organisations/public';
import { useMoveArticle, usePortalArticle, useSaveArticle, type ArticleMove } from '../api';
import { ArticlePreview } from '../components/ArticlePreview';
import { STATUS_COLOURS, topicLabel } from '../model';

const FIELDS = ['title', 'slug', 'summary', 'bodyMarkdown', 'topic', 'districtId', 'tags', 'coverImageUrl', 'coverImageAlt', 'source', 'publishAt'] as const;
const MOVES: readonly ArticleMove[] = ['submit', 'publish', 'return', 'withdraw'];

/** The form's values: the article's, or for a new one its district's editor's own district (the city's reviewer writes for the city). */
function formValues(a: Article | undefined, ownDistrictId: number | null) {
  if (!a) return { topic: 'investment-news', districtId: ownDistrictId, tags: [], bodyMarkdown: '' };
  return { ...a, publishAt: a.publishAt ? dayjs(a.publishAt) : null };
}

/** /portal-articles/new and /portal-articles/:id — the Markdown editor with the portal's preview, versions and the moves the server allows. */
export function PortalArticleEditorPage() {
  const { id: idParam } = useParams();
  const id = idParam && idParam !== 'new' ? Number(idParam) : undefined;
  const { t, i18n } = useTranslation('portal-articles');
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const me = useCurrentUser();
  const ownDistrictId = me.role === 'district_operator' ? me.organisationId : null;
  const article = usePortalArticle(id);
  const organisations = useOrganisations();
  const save = useSaveArticle();
  const move = useMoveArticle();
  const showErrors = useApiFormErrors(form, FIELDS);
  const markdown = Form.useWatch('bodyMarkdown', form) as string | undefined;

  useEffect(() => { if (article.data) form.setFieldsValue(formValues(article.data, ownDistrictId)); }, [article.data, form, ownDistrictId]);
  if (id !== undefined && !article.data) return <PageState loading={article.isLoading} error={article.error} />;
  const current = article.data;
  const actions: readonly ArticleAction[] = current?.actions ?? ['edit'];
  const editable = actions.includes('edit');
  const scheduledAt = current?.publishAt && dayjs(current.publishAt).isAfter(dayjs()) ? current.publishAt : null;

  const onSave = async () => {
    const values = await form.validateFields();
    const publishAt = values.publishAt ? shanghaiWallTimeToIso(values.publishAt) : null;
    const body = { ...Object.fromEntries(FIELDS.map((f) => [f, values[f] ?? null])), publishAt, slug: values.slug || undefined, tags: values.tags ?? [], summary: values.summary ?? '', bodyMarkdown: values.bodyMarkdown ?? '', ...(current ? { version: current.version } : {}) };
    try {
      const saved = await save.mutateAsync({ id: current?.id, body });
      void message.success(t('editor.saved'));
      if (!current) void navigate(`/portal-articles/${saved.id}`, { replace: true });
    } catch (error) { showErrors(error); }
  };
  const onMove = async (action: ArticleMove) => {
    if (!current) return;
    try {
      await move.mutateAsync({ article: current, action });
      void message.success(t('editor.done', { action: t(`editor.actions.${action}`) }));
    } catch (error) { showErrors(error); }
  };

  return (
    <>
      <PageHeader
        title={current ? current.title : t('editor.newTitle')}
        subtitle={current ? <Space size={4}><Tag color={STATUS_COLOURS[current.status]}>{t(`status.${current.status}`)}</Tag>{current.visible ? <Tag color="blue">{t('onPortal')}</Tag> : null}<Typography.Text type="secondary">{t('editor.version', { version: current.version })}</Typography.Text></Space> : undefined}
        extra={(
          <Space wrap>
            <Link to="/portal-articles">{t('editor.back')}</Link>
            {editable ? <Button type="primary" loading={save.isPending} onClick={() => void onSave()}>{t('editor.save')}</Button> : null}
            {MOVES.filter((a) => actions.includes(a)).map((a) => {
              // Publishing an article whose time is set later schedules it: said so on the button.
              const label = a === 'publish' && scheduledAt ? t('editor.actions.schedule', { at: formatShanghai(scheduledAt, 'YYYY-MM-DD HH:mm') }) : t(`editor.actions.${a}`);
              return (
                <Popconfirm key={a} title={label} onConfirm={() => onMove(a)}>
                  <Button danger={a === 'withdraw'} loading={move.isPending && move.variables?.action === a}>{label}</Button>
                </Popconfirm>
              );
            })}
          </Space>
        )}
      />
      {current?.demoNote ? <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('editor.demoNote', { note: current.demoNote })} /> : null}
      {current?.documentId ? <Alert type="success" showIcon style={{ marginBottom: 12 }} message={t('editor.document', { id: current.documentId })} /> : null}
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Form form={form} layout="vertical" disabled={!editable} initialValues={formValues(current, ownDistrictId)}>
            <Form.Item name="title" label={t('editor.fields.title')} rules={[{ required: true }]}><Input maxLength={200} /></Form.Item>
            <Form.Item name="slug" label={t('editor.fields.slug')} extra={t('editor.fields.slugHelp')}><Input maxLength={80} /></Form.Item>
            <Space wrap>
              <Form.Item name="topic" label={t('editor.fields.topic')} rules={[{ required: true }]}>
                <Select style={{ width: 160 }} options={PORTAL_TOPICS.map((value) => ({ value, label: topicLabel(value, i18n.language) }))} />
              </Form.Item>
              <Form.Item name="districtId" label={t('editor.fields.district')}>
                <OrganisationSelect style={{ width: 220 }} allowClear placeholder={t('city')} organisations={organisations.data ?? []} selectable={(o) => isReportingUnit(o.kind)} />
              </Form.Item>
              <Form.Item name="publishAt" label={t('editor.fields.publishAt')}><DatePicker showTime format="YYYY-MM-DD HH:mm" /></Form.Item>
            </Space>
            <Form.Item name="summary" label={t('editor.fields.summary')}><Input.TextArea rows={3} maxLength={1000} /></Form.Item>
            <Form.Item name="bodyMarkdown" label={t('editor.fields.body')}><Input.TextArea rows={16} style={{ fontFamily: 'monospace' }} /></Form.Item>
            <Form.Item name="tags" label={t('editor.fields.tags')}><Select mode="tags" tokenSeparators={[',', '，', '、']} /></Form.Item>
            <Form.Item name="coverImageUrl" label={t('editor.fields.coverImageUrl')}><Input maxLength={500} /></Form.Item>
            <Form.Item name="coverImageAlt" label={t('editor.fields.coverImageAlt')}><Input maxLength={200} /></Form.Item>
            <Form.Item name="source" label={t('editor.fields.source')}><Input maxLength={200} /></Form.Item>
          </Form>
        </Col>
        <Col xs={24} lg={12}>
          <ArticlePreview markdown={markdown ?? current?.bodyMarkdown ?? ''} />
          {current ? (
            <List
              style={{ marginTop: 16 }}
              size="small"
              header={t('editor.versions')}
              dataSource={current.versions}
              renderItem={(v) => (
                <List.Item>
                  <Space wrap>
                    <span>{t('editor.version', { version: v.version })}</span>
                    <Tag color={STATUS_COLOURS[v.status]}>{t(`status.${v.status}`)}</Tag>
                    <span>{v.title}</span>
                    <Typography.Text type="secondary">{formatShanghai(v.savedAt, 'YYYY-MM-DD HH:mm')} {v.savedByName ?? ''}</Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          ) : null}
        </Col>
      </Row>
    </>
  );
}
