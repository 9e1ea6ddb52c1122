import { useState } from 'react';
import { Flex, Layout, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { useCurrentUser } from '../../features/auth/public';
import { AppHeader } from './AppHeader';
import { NavMenu } from './NavMenu';

/** The signed-in shell: side menu by role, header, page content. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [collapsed, setCollapsed] = useState(false);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} breakpoint="lg" width={208}>
        <Link to="/">
          <Flex align="center" gap={10} style={{ height: 56, padding: collapsed ? '0 24px' : '0 20px', overflow: 'hidden' }}>
            <img src="/favicon.svg" alt="" width={28} height={28} />
            {collapsed ? null : (
              <Typography.Text strong style={{ color: '#fff', fontSize: 18, whiteSpace: 'nowrap' }}>
                {t('app.name')}
              </Typography.Text>
            )}
          </Flex>
        </Link>
        <NavMenu role={me.role} />
      </Layout.Sider>
      <Layout>
        <AppHeader me={me} />
        <Layout.Content style={{ margin: 24 }}>
          <main>
            <Outlet />
          </main>
        </Layout.Content>
        <Layout.Footer style={{ textAlign: 'center', color: '#8c8c8c', padding: '12px 24px 20px' }}>{t('app.footer')}</Layout.Footer>
      </Layout>
    </Layout>
  );
}
