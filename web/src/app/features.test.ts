import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { can, PERMISSION_NAMES } from '@hongtu/domain';
import { FEATURES } from './features';
import { PUBLIC_FEATURES } from './public-features';

const folders = (dir: string) => readdirSync(dir).filter((name) => statSync(path.join(dir, name)).isDirectory());
const WEB_FEATURES = path.resolve(__dirname, '../features');
const SERVER_FEATURES = path.resolve(__dirname, '../../../server/src/features');
/** Features of the web alone: the landing page has no API of its own. */
const WEB_ONLY = ['home'];

const routes = FEATURES.flatMap((f) => f.routes);
const menu = FEATURES.flatMap((f) => f.menu);

describe('the feature list', () => {
  it('has one manifest per feature folder, each named as the server names it', () => {
    expect(FEATURES.map((f) => f.name).sort()).toEqual(folders(WEB_FEATURES).sort());
    const server = folders(SERVER_FEATURES);
    for (const f of FEATURES) if (!WEB_ONLY.includes(f.name)) expect(server, f.name).toContain(f.name);
  });

  it('declares each path, menu key, menu position and namespace once', () => {
    const once = (values: readonly unknown[]) => expect(new Set(values).size).toBe(values.length);
    once(routes.map((r) => r.path));
    once(menu.map((e) => e.key));
    once(menu.map((e) => e.order));
    once(FEATURES.flatMap((f) => (f.i18n ? [f.i18n.name] : [])));
  });

  it('guards pages with permissions of the table', () => {
    for (const r of routes) if (r.permission) expect(PERMISSION_NAMES, r.path).toContain(r.permission);
  });

  it('links every menu entry to a page the same roles may open', () => {
    for (const entry of menu) {
      const route = routes.find((r) => `/${r.path}` === entry.path || (r.path === '' && entry.path === '/'));
      expect(route, entry.key).toBeDefined();
      expect(route?.permission, entry.key).toBe(entry.permission);
    }
  });

  it('leaves out of the menu only roles the table allows (else the omission says nothing)', () => {
    for (const entry of menu) {
      for (const role of entry.hiddenFrom ?? []) expect(entry.permission && can(role, entry.permission), `${entry.key} ${role}`).toBe(true);
    }
  });

  it('highlights an existing menu entry from pages outside its path', () => {
    for (const r of routes) if (r.menuKey) expect(menu.map((e) => e.key)).toContain(r.menuKey);
  });

  it('puts every public page on the first load (the public features), and nothing else there', () => {
    const publicNames: readonly string[] = PUBLIC_FEATURES.map((f) => f.name);
    for (const f of FEATURES) {
      const hasPublicPage = f.routes.some((r) => r.frame === 'public');
      expect(publicNames.includes(f.name), f.name).toBe(hasPublicPage);
    }
  });
});
