import { useState } from 'react';
import { App, Button, Card, Flex, Popconfirm, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Organisation, OrganisationGroup } from '@hongtu/contracts';
import { PageState } from '../../../components/PageState';
import { useDeleteGroup, useGroups } from '../api';
import { GroupFormDialog } from './GroupFormDialog';
import { GroupMembersDialog } from './GroupMembersDialog';

/** District groups (中心城区 / 新城区 / 功能区) with their members; admins manage them. */
export function GroupsCard({ organisations, canManage }: { organisations: readonly Organisation[]; canManage: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const groups = useGroups();
  const remove = useDeleteGroup();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<OrganisationGroup | null>(null);
  const names = new Map(organisations.map((o) => [o.id, o.name]));

  const onDelete = (group: OrganisationGroup) =>
    remove.mutate(group.id, {
      onSuccess: () => void message.success(t('groups.deleted')),
      onError: (e) => void message.error(e.message),
    });

  return (
    <Card
      title={t('groups.title')}
      extra={canManage ? <Button icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('groups.create')}</Button> : null}
    >
      <PageState loading={groups.isPending} error={groups.error} empty={groups.data?.length === 0} onRetry={() => void groups.refetch()}>
        <Flex vertical gap={16}>
          {groups.data?.map((group) => (
            <section key={group.id} aria-label={group.name}>
              <Flex justify="space-between" align="center" wrap gap={8}>
                <div>
                  <Typography.Text strong>{group.name}</Typography.Text>{' '}
                  <Typography.Text type="secondary">
                    {group.code} · {t('groups.memberCount', { count: group.memberIds.length })}
                  </Typography.Text>
                </div>
                {canManage ? (
                  <Flex gap={4}>
                    <Button size="small" type="link" onClick={() => setEditing(group)}>{t('groups.editMembers')}</Button>
                    <Popconfirm title={t('common.confirmDelete')} okText={t('common.delete')} cancelText={t('common.cancel')} onConfirm={() => onDelete(group)}>
                      <Button size="small" type="link" danger>{t('common.delete')}</Button>
                    </Popconfirm>
                  </Flex>
                ) : null}
              </Flex>
              <Flex wrap gap={6} style={{ marginTop: 8 }}>
                {group.memberIds.length === 0 ? (
                  <Typography.Text type="secondary">{t('groups.noMembers')}</Typography.Text>
                ) : (
                  group.memberIds.map((id) => <Tag key={id}>{names.get(id) ?? id}</Tag>)
                )}
              </Flex>
            </section>
          ))}
        </Flex>
      </PageState>
      {creating ? <GroupFormDialog onClose={() => setCreating(false)} /> : null}
      {editing ? <GroupMembersDialog group={editing} organisations={organisations} onClose={() => setEditing(null)} /> : null}
    </Card>
  );
}
