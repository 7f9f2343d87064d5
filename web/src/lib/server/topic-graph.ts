import { graphVariables, TOPIC_GRAPH_QUERY, type GraphState, type TopicGraph, type TopicGraphResult } from '$lib/queries/topic-graph';
import { query } from './api';

/** Co-occurrence graph of entities with the settings of `state`. */
export async function topicGraph(state: GraphState): Promise<TopicGraph> {
  const { topicGraph: graph } = await query<TopicGraphResult>(TOPIC_GRAPH_QUERY, graphVariables(state));
  return graph;
}
