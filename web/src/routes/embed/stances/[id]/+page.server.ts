import { claimsWhere } from '$lib/server/claims';
import { entityById } from '$lib/server/entities';
import { sessionIndex } from '$lib/server/transcripts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
  const [{ entity, collection }, { claims }, sessions] = await Promise.all([
    entityById(params.id),
    claimsWhere({ entityId: params.id }),
    sessionIndex(),
  ]);
  return { entity, collection, claims, sessions };
};
