import { readGraphState } from '$lib/queries/topic-graph';
import { topicGraph } from '$lib/server/topic-graph';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => ({ graph: await topicGraph(readGraphState(url.searchParams)) });
