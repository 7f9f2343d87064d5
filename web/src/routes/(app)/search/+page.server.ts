import { ENTITY_KINDS, type EntityKind } from '$lib/entities';
import { searchEntities } from '$lib/server/search';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
  const q = url.searchParams.get('q') ?? '';
  const types = (url.searchParams.get('types') ?? '')
    .split(',')
    .filter((t): t is EntityKind => (ENTITY_KINDS as readonly string[]).includes(t));
  return { q, types, hits: await searchEntities(q, types) };
};
