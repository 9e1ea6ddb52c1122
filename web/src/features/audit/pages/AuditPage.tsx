import { useState } from 'react';
import { App, Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditFilter } from '@hongtu/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { useOrganisations } from '../../organisations/public';
import { useAuditExport, useAuditPage } from '../api';
import { toAuditFilter, type AuditFilterForm } from '../auditFilter';
import { AuditFilters } from '../components/AuditFilters';
import { AuditTable } from '../components/AuditTable';
import { ChainBanner } from '../components/ChainBanner';
import { KeptHeadActions } from '../components/KeptHeadActions';

/** The auditor's view of the trail: chain status, the head to keep and verify against, filters, rows and the xlsx export. */
export function AuditPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const entries = useAuditPage(filter, paging.page, paging.pageSize);
  const organisations = useOrganisations();
  const exporter = useAuditExport();

  const search = (form: AuditFilterForm) => {
    setFilter(toAuditFilter(form));
    setPaging((p) => ({ ...p, page: 1 }));
  };
  const exportXlsx = (form: AuditFilterForm) =>
    exporter.mutate(toAuditFilter(form), {
      onSuccess: () => void message.success(t('audit.exported')),
      onError: (e) => void message.error(e.message),
    });

  return (
    <Flex vertical gap={16}>
      <PageHeader title={t('audit.title')} extra={<KeptHeadActions />} />
      <ChainBanner />
      <Card>
        <AuditFilters organisations={organisations.data ?? []} onSearch={search} onExport={exportXlsx} exporting={exporter.isPending} />
        <PageState loading={entries.isPending} error={entries.error} onRetry={() => void entries.refetch()}>
          <AuditTable
            items={entries.data?.items ?? []}
            total={entries.data?.total ?? 0}
            page={paging.page}
            pageSize={paging.pageSize}
            loading={entries.isFetching}
            onPageChange={(page, pageSize) => setPaging({ page, pageSize })}
          />
        </PageState>
      </Card>
    </Flex>
  );
}
