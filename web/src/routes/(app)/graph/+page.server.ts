import { readGraphState } from '$lib/queries/topic-graph';
import { topicGraph } from '$lib/server/topic-graph';
import { sessionIndex } from '$lib/server/transcripts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
  const [graph, sessions] = await Promise.all([topicGraph(readGraphState(url.searchParams)), sessionIndex()]);
  return { graph, sessions };
};
