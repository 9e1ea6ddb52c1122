import type { ReactNode } from 'react';
import { Menu } from 'antd';
import {
  AimOutlined,
  ApartmentOutlined,
  AuditOutlined,
  CheckSquareOutlined,
  DashboardOutlined,
  FireOutlined,
  FormOutlined,
  HomeOutlined,
  TeamOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Role } from '@hongtu/contracts';
import { NAV_PATHS, menuFor, navKeyOf, type NavKey } from '../navigation';

const ICONS: Record<NavKey, ReactNode> = {
  home: <HomeOutlined />,
  dashboard: <DashboardOutlined />,
  q1: <FireOutlined />,
  warnings: <WarningOutlined />,
  reporting: <FormOutlined />,
  review: <CheckSquareOutlined />,
  targets: <AimOutlined />,
  organisations: <ApartmentOutlined />,
  users: <TeamOutlined />,
  audit: <AuditOutlined />,
};

/** The side menu: what the user's role may open. */
export function NavMenu({ role }: { role: Role }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const items = menuFor(role).map((key) => ({
    key,
    icon: ICONS[key],
    label: <Link to={NAV_PATHS[key]}>{t(`nav.${key}`)}</Link>,
  }));
  return <Menu theme="dark" mode="inline" selectedKeys={[navKeyOf(pathname)]} items={items} />;
}
