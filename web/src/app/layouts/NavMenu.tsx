import { Menu } from 'antd';
import { Link, useLocation } from 'react-router';
import type { Role } from '@hongtu/contracts';
import { menuEntriesFor, navKeyOf } from '../navigation';
import { MenuEntryLabel } from './MenuEntryLabel';

/** The side menu: what the user's role may open. */
export function NavMenu({ role }: { role: Role }) {
  const { pathname } = useLocation();
  const items = menuEntriesFor(role).map(({ key, icon, path, label }) => ({
    key,
    icon,
    label: (
      <Link to={path}>
        <MenuEntryLabel label={label} />
      </Link>
    ),
  }));
  return <Menu theme="dark" mode="inline" selectedKeys={[navKeyOf(pathname)]} items={items} />;
}
