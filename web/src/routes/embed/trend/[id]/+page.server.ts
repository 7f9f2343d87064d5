import { readTrendState } from '$lib/queries/trend';
import { entityById } from '$lib/server/entities';
import { trendOf } from '$lib/server/trend';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
  const [{ entity, collection }, trend] = await Promise.all([
    entityById(params.id),
    trendOf([params.id], readTrendState(url.searchParams)),
  ]);
  return { entity, collection, trend };
};
