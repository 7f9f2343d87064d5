import { claimsWhere } from '$lib/server/claims';
import { personById } from '$lib/server/entities';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
  const [person, { claims, total }] = await Promise.all([
    personById(params.id),
    claimsWhere({ speakerId: params.id }),
  ]);
  return { person, claims, total };
};
