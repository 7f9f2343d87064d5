import { oneTranscript } from '$lib/server/transcripts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => ({ transcript: await oneTranscript(params.id) });
