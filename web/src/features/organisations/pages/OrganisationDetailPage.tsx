import { useState } from 'react';
import { App, Breadcrumb, Button, Card, Flex, Popconfirm } from 'antd';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { useCan } from '../../auth/public';
import { useDeleteOrganisation, useGroups, useOrganisation, useOrganisations } from '../api';
import { ChildrenTable } from '../components/ChildrenTable';
import { OrganisationDetails } from '../components/OrganisationDetails';
import { OrganisationFormDialog } from '../components/OrganisationFormDialog';
import { ReadGrantsCard } from '../components/ReadGrantsCard';
import { ancestry } from '../orgTree';

function parseId(raw: string | undefined): number | null {
  const id = Number(raw);
  return Number.isInteger(id) && id > 0 && id <= 2_147_483_647 ? id : null;
}

/** One organisation: its fields, its place in the tree, its sub-organisations. 404 when outside the user's scope. */
export function OrganisationDetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const id = parseId(useParams().id);
  const organisation = useOrganisation(id);
  const list = useOrganisations();
  const groups = useGroups();
  const remove = useDeleteOrganisation();
  const [editing, setEditing] = useState(false);
  const canManage = useCan('organisation.manage');
  const canGrant = useCan('read_grant.manage');
  if (id === null) return <NotFoundPage />;

  const org = organisation.data;
  const all = list.data ?? [];
  const chain = org ? ancestry(all, org.id) : [];
  const children = all.filter((o) => o.parentId === id);

  const onDelete = () =>
    remove.mutate(id, {
      onSuccess: () => {
        void message.success(t('organisations.deleted'));
        void navigate('/organisations', { replace: true });
      },
      onError: (e) => void message.error(e.message),
    });

  return (
    <PageState loading={organisation.isPending} error={organisation.error} onRetry={() => void organisation.refetch()}>
      {org ? (
        <Flex vertical gap={16}>
          <Breadcrumb
            items={[
              { key: 'root', title: <Link to="/organisations">{t('organisations.title')}</Link> },
              ...chain.slice(0, -1).map((o) => ({ key: o.id, title: <Link to={`/organisations/${o.id}`}>{o.name}</Link> })),
              { key: org.id, title: org.name },
            ]}
          />
          <PageHeader
            title={org.name}
            subtitle={t('organisations.detailTitle')}
            extra={
              canManage ? (
                <>
                  <Button icon={<EditOutlined />} onClick={() => setEditing(true)} disabled={!list.data}>
                    {t('common.edit')}
                  </Button>
                  <Popconfirm title={t('common.confirmDelete')} okText={t('common.delete')} cancelText={t('common.cancel')} onConfirm={onDelete}>
                    <Button danger icon={<DeleteOutlined />} loading={remove.isPending}>
                      {t('common.delete')}
                    </Button>
                  </Popconfirm>
                </>
              ) : null
            }
          />
          <Card>
            <OrganisationDetails organisation={org} parent={all.find((o) => o.id === org.parentId)} groups={groups.data ?? []} />
          </Card>
          {org.kind === 'department' && canGrant && list.data ? <ReadGrantsCard department={org} organisations={list.data} /> : null}
          <Card title={t('organisations.children')}>
            <ChildrenTable items={children} />
          </Card>
          {editing && list.data ? <OrganisationFormDialog organisations={list.data} editing={org} onClose={() => setEditing(false)} /> : null}
        </Flex>
      ) : null}
    </PageState>
  );
}
