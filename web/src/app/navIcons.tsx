import type { ReactNode } from 'react';
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
import type { NavKey } from './navigation';

/** One icon per menu entry, shared by the side menu and the home page shortcuts. */
export const NAV_ICONS: Record<NavKey, ReactNode> = {
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
