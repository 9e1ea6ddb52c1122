import { useState } from 'react';
import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { useCan } from '../../auth/public';
import { useDocumentList, useDocumentSearch } from '../api';
import { DocumentTable } from '../components/DocumentTable';
import { SearchForm, SearchResults, type SearchValues } from '../components/SearchPanel';
import { UploadCard } from '../components/UploadCard';

const PAGE_SIZE = 20;

/** Published documents: upload (as a job, with its progress), full-text search with filters, the list. */
export function DocumentsPage() {
  const { t } = useTranslation('documents');
  const canUpload = useCan('document.upload');
  const [page, setPage] = useState(1);
  const [search, setSearch] = useState<SearchValues | null>(null);
  const [searchPage, setSearchPage] = useState(1);
  const list = useDocumentList({ page, pageSize: PAGE_SIZE }, search === null);
  const result = useDocumentSearch(search ? {
    q: search.q?.trim(), issuer: search.issuer?.trim() || undefined,
    from: search.dates?.[0]?.format('YYYY-MM-DD'), to: search.dates?.[1]?.format('YYYY-MM-DD'),
    organisationId: search.organisationId, indicator: search.indicator, page: searchPage, pageSize: 10,
  } : {});

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Row gutter={[16, 16]}>
        {canUpload ? <Col xs={24} xl={8}><UploadCard /></Col> : null}
        <Col xs={24} xl={canUpload ? 16 : 24}>
          <SearchForm onSearch={(v) => { setSearch(v); setSearchPage(1); }} onClear={() => setSearch(null)} />
          {search ? (
            <PageState error={result.error}>
              <SearchResults result={result.data} loading={result.isFetching} page={searchPage} onPage={setSearchPage} />
            </PageState>
          ) : (
            <PageState loading={list.isLoading} error={list.error}>
              <DocumentTable items={list.data?.items ?? []} total={list.data?.total ?? 0} loading={list.isFetching} page={page} onPage={setPage} />
            </PageState>
          )}
        </Col>
      </Row>
    </>
  );
}
