import type { Unit } from '../admin-api';

export interface UnitNode extends Unit {
  children?: UnitNode[];
}

/**
 * The units as a tree: each under its parent, siblings by name (zh-CN collation). A unit whose parent is not among
 * them (not readable, or a cycle the API would not make) stands at the top rather than disappearing.
 */
export function unitTree(units: readonly Unit[]): UnitNode[] {
  const nodes = new Map<string, UnitNode>(units.map((u) => [u.id, { ...u }]));
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent && parent !== node) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  const collator = new Intl.Collator('zh-CN');
  const sort = (list: UnitNode[]) => {
    list.sort((a, b) => collator.compare(a.name, b.name));
    for (const n of list) if (n.children) sort(n.children);
  };
  sort(roots);
  return roots;
}

/** A unit's name by id (its id when unknown); a dash for none. */
export function unitNamer(units: readonly Unit[] | undefined): (id: string | null | undefined) => string {
  const names = new Map((units ?? []).map((u) => [u.id, u.name]));
  return (id) => (id ? (names.get(id) ?? id) : '—');
}
