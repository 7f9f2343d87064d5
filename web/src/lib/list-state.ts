import type { EntityListRow } from '$lib/queries/entities';

export const LIST_SORTS = ['mentions', 'claims', 'transcripts', 'name'] as const;
export type ListSort = (typeof LIST_SORTS)[number];

/** State of an entity list page, kept in its URL: `?q=…&sort=claims`. */
export interface ListState {
  q: string;
  sort: ListSort;
}

export function readListState(params: URLSearchParams): ListState {
  const sort = params.get('sort');
  return {
    q: (params.get('q') ?? '').trim(),
    sort: (LIST_SORTS as readonly string[]).includes(sort ?? '') ? (sort as ListSort) : 'mentions',
  };
}

/** Rows whose name, alias or seen spelling contains `q` (case-insensitive), sorted. */
export function applyListState(rows: EntityListRow[], { q, sort }: ListState): EntityListRow[] {
  const needle = q.toLowerCase();
  const hit = (r: EntityListRow) =>
    !needle || [r.name, ...r.aliases, ...r.variants].some((s) => s.toLowerCase().includes(needle));
  const byName = (a: EntityListRow, b: EntityListRow) => a.name.localeCompare(b.name, 'zh');
  const filtered = rows.filter(hit);
  if (sort === 'name') return filtered.sort(byName);
  return filtered.sort((a, b) => b.stats[sort] - a.stats[sort] || byName(a, b));
}
