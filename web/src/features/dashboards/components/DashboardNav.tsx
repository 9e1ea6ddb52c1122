import type { ReactNode } from 'react';
import { Button } from 'antd';
import { BarChartOutlined, DesktopOutlined, TableOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { carryFilters } from '../filters';

type Page = 'overview' | 'ranking' | 'warnings' | 'bigscreen';

const PAGES: Record<Page, { path: string; icon: ReactNode }> = {
  overview: { path: '/dashboard', icon: <TableOutlined /> },
  ranking: { path: '/dashboard/ranking', icon: <BarChartOutlined /> },
  warnings: { path: '/warnings', icon: <WarningOutlined /> },
  bigscreen: { path: '/bigscreen', icon: <DesktopOutlined /> },
};

/** Links between the dashboard pages, carrying the chosen month and group. */
export function DashboardNav({ current, period, groupId }: { current: Page; period: string | null; groupId?: number | undefined }) {
  const { t } = useTranslation('dashboards');
  return (
    <>
      {(Object.keys(PAGES) as Page[])
        .filter((p) => p !== current)
        .map((p) => (
          <Link key={p} to={`${PAGES[p].path}${p === 'bigscreen' ? '' : carryFilters({ period, groupId })}`}>
            <Button icon={PAGES[p].icon}>{t(`nav.${p}`)}</Button>
          </Link>
        ))}
    </>
  );
}
