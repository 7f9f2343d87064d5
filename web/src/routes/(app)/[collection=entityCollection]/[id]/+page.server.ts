import { redirect } from '@sveltejs/kit';
import { readTrendState } from '$lib/queries/trend';
import { claimsWhere } from '$lib/server/claims';
import { entityById } from '$lib/server/entities';
import { sessionIndex } from '$lib/server/transcripts';
import { trendOf } from '$lib/server/trend';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
  const [{ entity, collection }, { claims, total }, sessions, trend] = await Promise.all([
    entityById(params.id),
    claimsWhere({ entityId: params.id }),
    sessionIndex(),
    trendOf([params.id], readTrendState(url.searchParams)),
  ]);
  // An id of another kind (e.g. a person under /topics) moves to its own page.
  if (collection !== params.collection) redirect(301, `/${collection}/${encodeURIComponent(params.id)}${url.search}`);
  return { entity, collection, claims, total, sessions, trend };
};
