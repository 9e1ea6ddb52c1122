import { useState, type MouseEvent } from 'react';
import { Flex, Layout, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { useCurrentUser } from '../../features/auth/public';
import { AppHeader } from './AppHeader';
import { NavMenu } from './NavMenu';

const MAIN_ID = 'main-content';

/** The skip link's target takes the focus without the URL changing (the router owns it). */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  const main = document.getElementById(MAIN_ID);
  main?.focus();
  main?.scrollIntoView();
}

/** The signed-in shell: side menu by role, header, page content. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [collapsed, setCollapsed] = useState(false);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="hongtu-skip-link" href={`#${MAIN_ID}`} onClick={skipToMain}>{t('a11y.skipToContent')}</a>
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
        {/* antd's Content is the page's one <main>; the skip link moves the focus into it. */}
        <Layout.Content id={MAIN_ID} tabIndex={-1} className="hongtu-main" style={{ margin: 24 }}>
          <Outlet />
        </Layout.Content>
        <Layout.Footer style={{ textAlign: 'center', color: '#595959', padding: '12px 24px 20px' }}>{t('app.footer')}</Layout.Footer>
      </Layout>
    </Layout>
  );
}
