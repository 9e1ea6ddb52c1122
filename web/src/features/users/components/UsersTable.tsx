import { Flex, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from '@hongtu/contracts';
import { formatShanghai } from '../../../lib/time';
import { roleLabel } from '../../../lib/labels';
import { PhoneCell } from './PhoneCell';
import { UserActions } from './UserActions';

interface Props {
  items: readonly User[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  currentUserId: number;
  onPageChange: (page: number, pageSize: number) => void;
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
}

/** Users in the admin's scope, paged by the server. */
export function UsersTable({ items, total, page, pageSize, loading, currentUserId, onPageChange, onEdit, onResetPassword }: Props) {
  const { t } = useTranslation();
  const { t: own } = useTranslation('users');
  return (
    <Table<User>
      rowKey="id"
      loading={loading}
      dataSource={[...items]}
      scroll={{ x: 1400 }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        showTotal: (n) => t('common.total', { total: n }),
        onChange: onPageChange,
      }}
      columns={[
        { title: t('users.fields.username'), dataIndex: 'username', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
        { title: t('users.fields.displayName'), dataIndex: 'displayName' },
        { title: t('users.fields.role'), dataIndex: 'role', render: (_v, u) => roleLabel(t, u.role) },
        { title: t('users.fields.organisation'), dataIndex: 'organisationName' },
        { title: own('fields.position'), dataIndex: 'position', render: (v: string | null) => v ?? t('common.none') },
        { title: own('fields.phone'), key: 'phone', width: 190, render: (_v, u) => <PhoneCell user={u} /> },
        {
          title: t('users.fields.status'),
          dataIndex: 'status',
          render: (_v, u) => (
            <Flex gap={4} wrap>
              <Tag color={u.status === 'active' ? 'green' : 'default'}>{t(`userStatus.${u.status}`)}</Tag>
              {u.lockedUntil ? <Tag color="red">{t('userStatus.locked')}</Tag> : null}
              {u.mustChangePassword ? (
                <Tooltip title={own('mustChangePasswordTitle')}>
                  <Tag color="orange">{own('mustChangePassword')}</Tag>
                </Tooltip>
              ) : null}
            </Flex>
          ),
        },
        {
          title: t('users.fields.lastLoginAt'),
          dataIndex: 'lastLoginAt',
          render: (v: string | null) => formatShanghai(v, 'YYYY-MM-DD HH:mm') ?? t('users.neverLoggedIn'),
        },
        {
          title: t('common.actions'),
          key: 'actions',
          fixed: 'right',
          width: 230,
          render: (_v, u) => <UserActions user={u} isSelf={u.id === currentUserId} onEdit={onEdit} onResetPassword={onResetPassword} />,
        },
      ]}
    />
  );
}
