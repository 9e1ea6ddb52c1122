import { Button, DatePicker, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isReportingUnit } from '@hongtu/domain';
import type { DocumentSearchResult } from '@hongtu/contracts/documents';
import { useOrganisations } from '../../organisations/public';
import { useIndicators } from '../../reporting/public';
import { HighlightedSnippet } from './Highlighted';

export interface SearchValues {
  q?: string;
  issuer?: string;
  dates?: [Dayjs | null, Dayjs | null] | null;
  organisationId?: number;
  indicator?: string;
}

/** The search form: the text, and filters by issuer, published dates, district and indicator. */
export function SearchForm({ onSearch, onClear }: { onSearch: (v: SearchValues) => void; onClear: () => void }) {
  const { t, i18n } = useTranslation('documents');
  const [form] = Form.useForm<SearchValues>();
  const organisations = useOrganisations();
  const indicators = useIndicators();
  const locale = (['zh-CN', 'zh-TW', 'en'] as const).find((l) => l === i18n.language) ?? 'zh-CN';
  const districts = useMemo(() => (organisations.data ?? []).filter((o) => isReportingUnit(o.kind)).map((o) => ({ value: o.id, label: o.name })), [organisations.data]);
  const indicatorOptions = useMemo(() => (indicators.data ?? []).map((i) => ({ value: i.code, label: i.names[locale] })), [indicators.data, locale]);
  return (
    <Form form={form} layout="inline" onFinish={onSearch} style={{ rowGap: 8, marginBottom: 12 }} data-testid="document-search">
      <Form.Item name="q" rules={[{ required: true, whitespace: true, message: t('search.placeholder') }]}>
        <Input.Search placeholder={t('search.placeholder')} allowClear style={{ width: 280 }} onSearch={() => form.submit()} data-testid="document-search-input" />
      </Form.Item>
      <Form.Item name="issuer"><Input placeholder={t('search.issuer')} allowClear style={{ width: 160 }} /></Form.Item>
      <Form.Item name="dates"><DatePicker.RangePicker allowEmpty={[true, true]} placeholder={[t('search.dates'), t('search.dates')]} /></Form.Item>
      <Form.Item name="organisationId"><Select aria-label={t('search.district')} allowClear showSearch optionFilterProp="label" placeholder={t('search.district')} options={districts} style={{ width: 150 }} /></Form.Item>
      <Form.Item name="indicator"><Select aria-label={t('search.indicator')} allowClear showSearch optionFilterProp="label" placeholder={t('search.indicator')} options={indicatorOptions} style={{ width: 180 }} /></Form.Item>
      <Space>
        <Button type="primary" htmlType="submit">{t('search.submit')}</Button>
        <Button onClick={() => { form.resetFields(); onClear(); }}>{t('search.clear')}</Button>
      </Space>
    </Form>
  );
}

/** Search hits: the document, its snippets with the matches marked, the figures whose quote matches. */
export function SearchResults({ result, loading, page, onPage }: { result: DocumentSearchResult | undefined; loading: boolean; page: number; onPage: (p: number) => void }) {
  const { t } = useTranslation('documents');
  return (
    <List
      loading={loading}
      header={result ? <Typography.Text type="secondary" data-testid="document-search-total">{t(result.totalCapped ? 'search.resultsCapped' : 'search.results', { total: result.total.toLocaleString() })}</Typography.Text> : null}
      dataSource={result?.items ?? []}
      pagination={result && result.total > 10 ? { current: page, total: result.total, pageSize: 10, onChange: onPage, showSizeChanger: false } : false}
      data-testid="document-search-results"
      renderItem={(hit) => (
        <List.Item key={hit.document.id}>
          <Space direction="vertical" size={4} style={{ width: '100%' }}>
            <Space wrap>
              <Link to={`/documents/${hit.document.id}`}><strong>{hit.document.title}</strong></Link>
              <Typography.Text type="secondary">{[hit.document.issuer, hit.document.publishedOn].filter(Boolean).join(' · ')}</Typography.Text>
            </Space>
            {hit.snippets.map((s) => <Typography.Paragraph key={s.offset} style={{ margin: 0 }}>{s.offset > 0 ? '…' : ''}<HighlightedSnippet snippet={s} />…</Typography.Paragraph>)}
            {hit.figures.length > 0 ? (
              <Space size={[4, 4]} wrap>
                <Typography.Text type="secondary">{t('search.figures')}：</Typography.Text>
                {hit.figures.slice(0, 8).map((f) => <Link key={f.id} to={`/documents/${hit.document.id}?figure=${f.id}`}><Tag>{f.quote}</Tag></Link>)}
              </Space>
            ) : null}
          </Space>
        </List.Item>
      )}
    />
  );
}
