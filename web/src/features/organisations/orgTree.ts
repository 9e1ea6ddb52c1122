import type { Organisation, OrganisationKind } from '@hongtu/contracts';

export interface OrgNode {
  org: Organisation;
  children: OrgNode[];
}

/** Siblings are listed by level (districts before zones before departments), then by code. */
const KIND_ORDER: Record<OrganisationKind, number> = { province: 0, city: 1, district: 2, zone: 3, street: 4, department: 5 };

function compare(a: Organisation, b: Organisation): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.code.localeCompare(b.code);
}

/**
 * Builds the tree from the flat list the API returns for the caller's scope.
 * An organisation whose parent is outside the list (the top of a district
 * user's scope) becomes a root.
 */
export function buildOrgTree(items: readonly Organisation[]): OrgNode[] {
  const nodes = new Map<number, OrgNode>(items.map((org) => [org.id, { org, children: [] }]));
  const roots: OrgNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.org.parentId === null ? undefined : nodes.get(node.org.parentId);
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: OrgNode[]) => {
    list.sort((a, b) => compare(a.org, b.org));
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}

/** Keeps the nodes that match and the ancestors leading to them. */
export function filterOrgTree(nodes: readonly OrgNode[], matches: (org: Organisation) => boolean): OrgNode[] {
  const out: OrgNode[] = [];
  for (const node of nodes) {
    const children = filterOrgTree(node.children, matches);
    if (matches(node.org) || children.length > 0) out.push({ org: node.org, children });
  }
  return out;
}

/** Case-insensitive match on name or code; an empty text matches everything. */
export function textMatcher(text: string): (org: Organisation) => boolean {
  const needle = text.trim().toLowerCase();
  return (org) => needle === '' || org.name.toLowerCase().includes(needle) || org.code.toLowerCase().includes(needle);
}

/** Ids of every node in the tree, e.g. to expand it all. */
export function allIds(nodes: readonly OrgNode[]): number[] {
  return nodes.flatMap((n) => [n.org.id, ...allIds(n.children)]);
}

/** The organisation and its ancestors within the list, from the top down. */
export function ancestry(items: readonly Organisation[], id: number): Organisation[] {
  const byId = new Map(items.map((o) => [o.id, o]));
  const chain: Organisation[] = [];
  let current = byId.get(id);
  while (current && !chain.includes(current)) {
    chain.unshift(current);
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return chain;
}

export interface TreeSelectNode {
  value: number;
  title: string;
  disabled?: boolean;
  children: TreeSelectNode[];
}

/** Data for antd TreeSelect; `selectable` decides which nodes may be picked. */
export function toTreeSelectData(
  nodes: readonly OrgNode[],
  selectable: (org: Organisation) => boolean = () => true,
): TreeSelectNode[] {
  return nodes.map((n) => ({
    value: n.org.id,
    title: n.org.name,
    ...(selectable(n.org) ? {} : { disabled: true }),
    children: toTreeSelectData(n.children, selectable),
  }));
}

/**
 * What a department may be granted reading (docs/DOMAIN.md "Read grants"), among the listed
 * organisations: inside its parent's subtree, outside its own. The server decides; this spares the
 * user choices it would refuse.
 */
export function grantableFor(items: readonly Organisation[], department: Organisation): (org: Organisation) => boolean {
  const byId = new Map(items.map((o) => [o.id, o]));
  const under = (org: Organisation, rootId: number | null): boolean => {
    if (rootId === null) return false;
    for (let current: Organisation | undefined = org, hops = 0; current && hops <= items.length; hops++) {
      if (current.id === rootId) return true;
      current = current.parentId === null ? undefined : byId.get(current.parentId);
    }
    return false;
  };
  return (org) => department.kind === 'department' && under(org, department.parentId) && !under(org, department.id);
}
