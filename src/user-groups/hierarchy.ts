/**
 * The hierarchy of a convention's groups, without the DOM: the list shows each group followed
 * by its sub-groups, and a closing group takes its sub-groups with it (R11).
 */
import type { Group } from '../domain/index.js';

const byCode = (a: Group, b: Group) => a.code.localeCompare(b.code, 'fr', { sensitivity: 'base' });

/**
 * Each group followed by its sub-groups, depth first, siblings by code. A sub-group whose
 * parent is not in the list (a filter left it out) comes at the top, where its level and its
 * "Sous-groupe de" column still say where it belongs. Groups a server sent in a loop (a group
 * under itself, or two under each other) are listed once each, after the others, rather than lost.
 */
export function hierarchyOrder(groups: readonly Group[]): Group[] {
  const listed = new Set(groups.map((g) => g.id));
  const childrenOf = new Map<string | undefined, Group[]>();
  for (const group of groups) {
    const parent = group.parentId && listed.has(group.parentId) ? group.parentId : undefined;
    const siblings = childrenOf.get(parent) ?? [];
    siblings.push(group);
    childrenOf.set(parent, siblings);
  }
  const ordered: Group[] = [];
  const placed = new Set<Group>();
  const place = (group: Group) => {
    if (placed.has(group)) return;
    placed.add(group);
    ordered.push(group);
    for (const child of (childrenOf.get(group.id) ?? []).sort(byCode)) place(child);
  };
  for (const root of (childrenOf.get(undefined) ?? []).sort(byCode)) place(root);
  for (const group of [...groups].sort(byCode)) place(group);
  return ordered;
}

/** The open groups under `groupId`, at any depth: they close with it (each once, even in a loop). */
export function openSubGroups(groups: readonly Group[], groupId: string): Group[] {
  const under: Group[] = [];
  const seen = new Set<string>([groupId]);
  const visit = (parentId: string) => {
    for (const child of groups.filter((g) => g.parentId === parentId && !seen.has(g.id)).sort(byCode)) {
      seen.add(child.id);
      if (child.status === 'ouvert') under.push(child);
      visit(child.id);
    }
  };
  visit(groupId);
  return under;
}

/** A membership or a group is current on `today` when it has begun and not ended. */
export function periodState(period: { openingDate: string; closingDate?: string | undefined }, today: string): 'upcoming' | 'current' | 'ended' {
  if (period.openingDate > today) return 'upcoming';
  if (period.closingDate && period.closingDate <= today) return 'ended';
  return 'current';
}
