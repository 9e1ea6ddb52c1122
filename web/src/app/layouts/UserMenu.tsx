import { Suspense, useState, type CSSProperties } from 'react';
import { Button, Dropdown } from 'antd';
import { KeyOutlined, LogoutOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Me } from '@hongtu/contracts';
import { AccountMenuLabel, ChangePasswordDialog, useLogout } from '../../features/auth/public';
import { roleLabel } from '../../lib/labels';

/** antd's small Avatar, drawn here: its code (with its group's Popover) would load with every page for this one circle. */
const AVATAR: CSSProperties = {
  display: 'inline-flex',
  alignItems: 'center',
  justifyContent: 'center',
  width: 24,
  height: 24,
  borderRadius: '50%',
  background: '#1677ff',
  color: '#fff',
  fontSize: 14,
};

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
          <span aria-hidden style={AVATAR}>
            <UserOutlined />
          </span>
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
