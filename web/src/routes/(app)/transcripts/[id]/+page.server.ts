import { claimsWhere } from '$lib/server/claims';
import { oneTranscript, transcriptText } from '$lib/server/transcripts';
import type { PageServerLoad } from './$types';

/** Claims listed under the reader; all of them are marked in the text itself. */
const LISTED_CLAIMS = 100;

export const load: PageServerLoad = async ({ params }) => {
  const [transcript, text, { claims, total }] = await Promise.all([
    oneTranscript(params.id),
    transcriptText(params.id),
    claimsWhere({ transcriptId: params.id }, LISTED_CLAIMS),
  ]);
  return { transcript, text, claims, total };
};
