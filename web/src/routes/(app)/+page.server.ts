import { leaders, risingTopics } from '$lib/server/entities';
import { allTranscripts } from '$lib/server/transcripts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
  const [transcripts, top, rising] = await Promise.all([allTranscripts(), leaders(), risingTopics()]);
  return { transcripts, leaders: top, rising };
};
