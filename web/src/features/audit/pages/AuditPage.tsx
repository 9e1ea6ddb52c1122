import { useMemo, useState } from 'react';
import { App, Card, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditFilter } from '@hongtu/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { useOrganisations } from '../../organisations/public';
import { useAuditExport, useAuditPage } from '../api';
import { toAuditFilter, withObject, type AuditFilterForm, type AuditObject } from '../auditFilter';
import { AuditFilters } from '../components/AuditFilters';
import { AuditTable } from '../components/AuditTable';
import { entityTypeLabel, useAuditLabels } from '../auditLabels';
import { ChainBanner } from '../components/ChainBanner';
import { KeptHeadActions } from '../components/KeptHeadActions';

/** The auditor's view of the trail: chain status, the head to keep and verify against, filters, rows and the xlsx export. */
export function AuditPage() {
  const { t } = useTranslation();
  const { t: own } = useTranslation('audit');
  const { message } = App.useApp();
  const labels = useAuditLabels();
  const [formFilter, setFormFilter] = useState<AuditFilter>({});
  // One object's whole history, chosen from a row: on top of the form's filter.
  const [object, setObject] = useState<AuditObject | null>(null);
  const filter = useMemo<AuditFilter>(() => withObject(formFilter, object), [formFilter, object]);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const entries = useAuditPage(filter, paging.page, paging.pageSize);
  const organisations = useOrganisations();
  const exporter = useAuditExport();

  const search = (form: AuditFilterForm) => {
    setFormFilter(toAuditFilter(form));
    setPaging((p) => ({ ...p, page: 1 }));
  };
  const follow = (next: AuditObject | null) => {
    setObject(next);
    setPaging((p) => ({ ...p, page: 1 }));
  };
  const exportXlsx = (form: AuditFilterForm) =>
    exporter.mutate(withObject(toAuditFilter(form), object), {
      onSuccess: () => void message.success(t('audit.exported')),
      onError: (e) => void message.error(e.message),
    });

  return (
    <Flex vertical gap={16}>
      <PageHeader title={t('audit.title')} extra={<KeptHeadActions />} />
      <ChainBanner />
      <Card>
        <AuditFilters organisations={organisations.data ?? []} onSearch={search} onExport={exportXlsx} exporting={exporter.isPending} />
        {object ? (
          <Tag closable color="blue" onClose={() => follow(null)} style={{ marginBottom: 12 }} closeIcon aria-label={own('words.clear')}>
            {own('words.only', { type: entityTypeLabel(labels, object.entityType, ''), label: object.label })}
          </Tag>
        ) : null}
        <PageState loading={entries.isPending} error={entries.error} onRetry={() => void entries.refetch()}>
          <AuditTable
            items={entries.data?.items ?? []}
            total={entries.data?.total ?? 0}
            page={paging.page}
            pageSize={paging.pageSize}
            loading={entries.isFetching}
            onPageChange={(page, pageSize) => setPaging({ page, pageSize })}
            onFollow={follow}
          />
        </PageState>
      </Card>
    </Flex>
  );
}

