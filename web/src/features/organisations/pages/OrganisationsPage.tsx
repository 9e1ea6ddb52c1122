import { useState } from 'react';
import { Button, Card, Col, Row } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { useCan, useCurrentUser } from '../../auth/public';
import { useOrganisations } from '../api';
import { GroupsCard } from '../components/GroupsCard';
import { OrganisationFormDialog } from '../components/OrganisationFormDialog';
import { OrganisationTree } from '../components/OrganisationTree';

/** The organisation tree of the user's scope and the district groups. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const canManage = useCan('organisation.manage');
  const organisations = useOrganisations();
  const [creating, setCreating] = useState(false);

  return (
    <>
      <PageHeader
        title={t('organisations.title')}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} disabled={!organisations.data}>
              {t('organisations.create')}
            </Button>
          ) : null
        }
      />
      <PageState loading={organisations.isPending} error={organisations.error} onRetry={() => void organisations.refetch()}>
        <Row gutter={[24, 24]}>
          <Col xs={24} xl={14}>
            <Card title={t('organisations.treeTitle')}>
              <OrganisationTree organisations={organisations.data ?? []} />
            </Card>
          </Col>
          <Col xs={24} xl={10}>
            <GroupsCard organisations={organisations.data ?? []} canManage={canManage} />
          </Col>
        </Row>
      </PageState>
      {creating && organisations.data ? (
        <OrganisationFormDialog
          organisations={organisations.data}
          defaultParentId={me.organisationId}
          onClose={() => setCreating(false)}
          onSaved={(org) => void navigate(`/organisations/${org.id}`)}
        />
      ) : null}
    </>
  );
}
