import { allTranscripts } from '$lib/server/transcripts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ transcripts: await allTranscripts() });
