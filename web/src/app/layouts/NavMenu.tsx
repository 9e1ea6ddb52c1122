import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Role } from '@hongtu/contracts';
import { NAV_ICONS } from '../navIcons';
import { NAV_PATHS, menuFor, navKeyOf } from '../navigation';

/** The side menu: what the user's role may open. */
export function NavMenu({ role }: { role: Role }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const items = menuFor(role).map((key) => ({
    key,
    icon: NAV_ICONS[key],
    label: <Link to={NAV_PATHS[key]}>{t(`nav.${key}`)}</Link>,
  }));
  return <Menu theme="dark" mode="inline" selectedKeys={[navKeyOf(pathname)]} items={items} />;
}
