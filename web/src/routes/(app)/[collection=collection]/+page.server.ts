import type { Collection } from '$lib/entities';
import { entityList } from '$lib/server/entities';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
  const collection = params.collection as Collection;
  return { collection, ...(await entityList(collection)) };
};
