import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Role } from '@hongtu/domain';
import '../i18n';
import { NavMenu } from './NavMenu';

/** The pages of today's menus; a feature added later may add its own entries. */
const PAGES = ['/', '/reporting', '/dashboard', '/q1', '/warnings', '/review', '/targets', '/organisations', '/users', '/audit'];

/** The side menu's links to those pages as rendered for a role: [href, text]. */
function links(role: Role, at = '/'): [string, string][] {
  const html = renderToString(
    <MemoryRouter initialEntries={[at]}>
      <NavMenu role={role} />
    </MemoryRouter>,
  );
  return [...html.matchAll(/<a[^>]*href="([^"]+)"[^>]*>([^<]*)<\/a>/g)].map((m): [string, string] => [m[1]!, m[2]!]).filter(([href]) => PAGES.includes(href));
}

describe('NavMenu', () => {
  it('shows each entry under its feature’s label, linked to its page', () => {
    expect(links('city_reviewer')).toEqual([
      ['/', '首页'], ['/dashboard', '经济运行总览'], ['/q1', '开门红'], ['/warnings', '预警落后席'],
      ['/review', '审核调度'], ['/targets', '目标管理'], ['/organisations', '组织机构'],
    ]);
    expect(links('district_operator').map(([, text]) => text)).toEqual(['首页', '月度填报', '经济运行总览', '开门红', '预警落后席', '组织机构']);
    expect(links('system_admin').map(([, text]) => text)).toEqual(['首页', '经济运行总览', '组织机构', '用户管理']);
    expect(links('auditor').map(([, text]) => text)).toEqual(['首页', '组织机构', '审计日志']);
  });

  it('highlights the entry of the page shown', () => {
    const html = renderToString(
      <MemoryRouter initialEntries={['/warning-rules']}>
        <NavMenu role="city_reviewer" />
      </MemoryRouter>,
    );
    expect(html).toMatch(/ant-menu-item-selected[^>]*>(?:(?!<\/li>).)*预警落后席/);
  });
});
