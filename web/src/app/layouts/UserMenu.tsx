import { useState } from 'react';
import { Avatar, Button, Dropdown } from 'antd';
import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Me } from '@hongtu/contracts';
import { ChangePasswordDialog, useLogout } from '../../features/auth/public';
import { roleLabel } from '../../lib/labels';

/** The account menu in the header: who you are, change password, sign out. */
export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const logout = useLogout();
  const [changing, setChanging] = useState(false);

  const onClick = ({ key }: { key: string }) => {
    if (key === 'password') setChanging(true);
    if (key === 'logout') logout.mutate();
  };

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          onClick,
          items: [
            { key: 'role', label: roleLabel(t, me.role), disabled: true },
            { type: 'divider' },
            { key: 'password', icon: <KeyOutlined />, label: t('header.changePassword') },
            { key: 'logout', icon: <LogoutOutlined />, label: t('header.logout'), danger: true },
          ],
        }}
      >
        <Button type="text" title={t('header.account')} style={{ height: 40 }}>
          <Avatar size="small" icon={<UserOutlined />} style={{ backgroundColor: '#1677ff' }} />
          {me.displayName}
        </Button>
      </Dropdown>
      <ChangePasswordDialog open={changing} onClose={() => setChanging(false)} />
    </>
  );
}
