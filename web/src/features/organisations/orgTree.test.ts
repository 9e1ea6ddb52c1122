import { describe, expect, it } from 'vitest';
import type { Organisation } from '@hongtu/contracts';
import { allIds, ancestry, buildOrgTree, filterOrgTree, grantableFor, textMatcher, toTreeSelectData } from './orgTree';

let nextId = 1;
function org(partial: Partial<Organisation> & Pick<Organisation, 'name' | 'kind'>): Organisation {
  const id = partial.id ?? nextId++;
  return { id, code: partial.code ?? `C${id}`, parentId: null, divisionCode: null, groupIds: [], version: 1, ...partial };
}

const hubei = org({ id: 1, name: '湖北省', kind: 'province', code: '420000' });
const wuhan = org({ id: 2, name: '武汉市', kind: 'city', code: '420100', parentId: 1 });
const fgw = org({ id: 3, name: '武汉市发展和改革委员会', kind: 'department', code: 'WH-FGW', parentId: 2 });
const wuchang = org({ id: 4, name: '武昌区', kind: 'district', code: '420106', parentId: 2 });
const jiangan = org({ id: 5, name: '江岸区', kind: 'district', code: '420102', parentId: 2 });
const zone = org({ id: 6, name: '东湖高新区', kind: 'zone', code: 'WH-DHGX', parentId: 2 });
const street = org({ id: 7, name: '中南路街道', kind: 'street', code: '420106-ZNL', parentId: 4 });
const all = [street, fgw, zone, wuchang, jiangan, wuhan, hubei];

describe('buildOrgTree', () => {
  it('nests by parentId and orders siblings by level then code', () => {
    const [root] = buildOrgTree(all);
    expect(root!.org.name).toBe('湖北省');
    const city = root!.children[0]!;
    expect(city.children.map((n) => n.org.name)).toEqual(['江岸区', '武昌区', '东湖高新区', '武汉市发展和改革委员会']);
    expect(city.children[1]!.children.map((n) => n.org.name)).toEqual(['中南路街道']);
  });

  it('makes the top of a partial scope a root', () => {
    const roots = buildOrgTree([street, wuchang]);
    expect(roots.map((n) => n.org.name)).toEqual(['武昌区']);
    expect(roots[0]!.children).toHaveLength(1);
  });

  it('handles an empty list', () => {
    expect(buildOrgTree([])).toEqual([]);
  });
});

describe('filterOrgTree', () => {
  it('keeps matches with their ancestors', () => {
    const filtered = filterOrgTree(buildOrgTree(all), textMatcher('中南路'));
    expect(allIds(filtered)).toEqual([1, 2, 4, 7]);
  });

  it('matches codes case-insensitively and keeps everything for empty text', () => {
    expect(allIds(filterOrgTree(buildOrgTree(all), textMatcher('wh-dhgx')))).toEqual([1, 2, 6]);
    expect(allIds(filterOrgTree(buildOrgTree(all), textMatcher('  '))).sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('ancestry', () => {
  it('lists the chain from the top down', () => {
    expect(ancestry(all, 7).map((o) => o.name)).toEqual(['湖北省', '武汉市', '武昌区', '中南路街道']);
    expect(ancestry(all, 99)).toEqual([]);
  });
});

describe('toTreeSelectData', () => {
  it('marks unselectable nodes disabled', () => {
    const data = toTreeSelectData(buildOrgTree([wuhan, wuchang, street]), (o) => o.kind === 'district');
    expect(data[0]).toMatchObject({ value: 2, title: '武汉市', disabled: true });
    expect(data[0]!.children[0]).toEqual({ value: 4, title: '武昌区', children: [{ value: 7, title: '中南路街道', disabled: true, children: [] }] });
  });
});

describe('what a department may be granted reading', () => {
  const org = (id: number, parentId: number | null, kind: Organisation['kind']): Organisation =>
    ({ id, code: `C${id}`, name: `O${id}`, kind, parentId, divisionCode: null, groupIds: [], version: 1 });
  // 湖北 1 → 武汉 2 → 武昌区 3, 市发改委 4; 黄石 5 → 西塞山区 6.
  const items = [org(1, null, 'province'), org(2, 1, 'city'), org(3, 2, 'district'), org(4, 2, 'department'), org(5, 1, 'city'), org(6, 5, 'district')];

  it('offers the city and its districts to a city department, not itself, another city or the province', () => {
    const grantable = grantableFor(items, items[3]!);
    expect(items.filter(grantable).map((o) => o.id)).toEqual([2, 3]);
  });

  it('offers nothing to an organisation that is not a department', () => {
    expect(items.filter(grantableFor(items, items[2]!))).toEqual([]);
  });
});
