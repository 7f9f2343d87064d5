import { claimsWhere } from '$lib/server/claims';
import { oneTranscript } from '$lib/server/transcripts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
  const [transcript, { claims, total }] = await Promise.all([
    oneTranscript(params.id),
    claimsWhere({ transcriptId: params.id }),
  ]);
  return { transcript, claims, total };
};
