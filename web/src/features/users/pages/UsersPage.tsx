import { useState } from 'react';
import { Button, Card } from 'antd';
import { UserAddOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { User } from '@hongtu/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { useCurrentUser } from '../../auth/public';
import { useOrganisations } from '../../organisations/public';
import { useUsers, type UserFilters } from '../api';
import { ResetPasswordDialog } from '../components/ResetPasswordDialog';
import { UserFilterBar } from '../components/UserFilterBar';
import { UserFormDialog } from '../components/UserFormDialog';
import { UsersTable } from '../components/UsersTable';

type Dialog = { kind: 'create' } | { kind: 'edit'; user: User } | { kind: 'reset'; user: User } | null;

/** User administration for the system admin: search, create, edit, disable, reset, unlock. */
export function UsersPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [filters, setFilters] = useState<UserFilters>({ page: 1, pageSize: 20 });
  const users = useUsers(filters);
  const organisations = useOrganisations();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  return (
    <>
      <PageHeader
        title={t('users.title')}
        extra={
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setDialog({ kind: 'create' })} disabled={!organisations.data}>
            {t('users.create')}
          </Button>
        }
      />
      <Card>
        <UserFilterBar
          organisations={organisations.data ?? []}
          value={filters}
          onChange={(f) => setFilters({ ...f, page: 1, pageSize: filters.pageSize })}
        />
        <PageState loading={users.isPending} error={users.error} onRetry={() => void users.refetch()}>
          <UsersTable
            items={users.data?.items ?? []}
            total={users.data?.total ?? 0}
            page={filters.page}
            pageSize={filters.pageSize}
            loading={users.isFetching}
            currentUserId={me.id}
            onPageChange={(page, pageSize) => setFilters({ ...filters, page, pageSize })}
            onEdit={(user) => setDialog({ kind: 'edit', user })}
            onResetPassword={(user) => setDialog({ kind: 'reset', user })}
          />
        </PageState>
      </Card>
      {dialog?.kind === 'create' && organisations.data ? <UserFormDialog organisations={organisations.data} onClose={close} /> : null}
      {dialog?.kind === 'edit' && organisations.data ? <UserFormDialog organisations={organisations.data} editing={dialog.user} onClose={close} /> : null}
      {dialog?.kind === 'reset' ? <ResetPasswordDialog user={dialog.user} onClose={close} /> : null}
    </>
  );
}
