import { Suspense } from 'react';
import { Flex, Layout, Typography, theme } from 'antd';
import { BankOutlined } from '@ant-design/icons';
import type { Me } from '@hongtu/contracts';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { lazyNamed } from '../feature';
import { UserMenu } from './UserMenu';

// The bell (its messages' query and contract) loads after the shell, so every page's first load stays small.
const NotificationBell = lazyNamed(() => import('../../features/notifications/public').then((m) => ({ NotificationBell: m.NotificationBell })), 'NotificationBell');

/** Top bar: the user's organisation, the bell of their messages, language and account menu. */
export function AppHeader({ me }: { me: Me }) {
  const { token } = theme.useToken();
  return (
    <Layout.Header
      style={{
        background: token.colorBgContainer,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        padding: '0 24px',
        height: 56,
        lineHeight: '56px',
      }}
    >
      <Flex justify="flex-end" align="center" gap={16} style={{ height: '100%' }}>
        <Typography.Text type="secondary" data-testid="header-organisation">
          <BankOutlined style={{ marginRight: 6 }} />
          {me.organisationName}
        </Typography.Text>
        <Suspense fallback={null}>
          <NotificationBell />
        </Suspense>
        <LanguageSwitch />
        <UserMenu me={me} />
      </Flex>
    </Layout.Header>
  );
}
