import { Suspense, useState } from 'react';
import { Avatar, Button, Dropdown } from 'antd';
import { KeyOutlined, LogoutOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Me } from '@hongtu/contracts';
import { AccountMenuLabel, ChangePasswordDialog, useLogout } from '../../features/auth/public';
import { roleLabel } from '../../lib/labels';

/** The account menu in the header: who you are, two-step verification, change password, sign out. */
export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();
  const [changing, setChanging] = useState(false);
  // The password dialog loads the first time it is asked for, and stays, so it opens and closes as a dialog does.
  const [asked, setAsked] = useState(false);

  const onClick = ({ key }: { key: string }) => {
    if (key === 'account') void navigate('/account');
    if (key === 'password') {
      setAsked(true);
      setChanging(true);
    }
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
            { key: 'account', icon: <SafetyOutlined />, label: <AccountMenuLabel /> },
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
      {asked ? (
        <Suspense fallback={null}>
          <ChangePasswordDialog open={changing} onClose={() => setChanging(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
