import type { EntityKind } from '$lib/entities';
import { SEARCH_QUERY, type SearchHit, type SearchResult } from '$lib/queries/search';
import { query } from './api';

/** Up to 50 entities matching `q`; no query (blank) means no search. */
export async function searchEntities(q: string, types: EntityKind[]): Promise<SearchHit[]> {
  if (!q.trim()) return [];
  const { search } = await query<SearchResult>(SEARCH_QUERY, {
    q: q.trim().slice(0, 100),
    types: types.length ? types.map((t) => t.toUpperCase()) : null,
    first: 50,
  });
  return search;
}
