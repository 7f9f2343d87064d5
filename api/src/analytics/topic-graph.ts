import {
  cooccurrence,
  type CooccurrenceEdge,
  type CooccurrenceNode,
  type CooccurrenceParams,
  type Graph,
} from '@discourse/graph';
import { labelPropagation, type Community } from './communities.ts';

export interface TopicGraphNode extends CooccurrenceNode {
  community: number;
  /** Sum of the weights of its edges. */
  strength: number;
}

export interface TopicGraph {
  nodes: TopicGraphNode[];
  edges: CooccurrenceEdge[];
  communities: Community[];
}

/** Co-occurrence graph from graph/, with community labels and node strength, ready to draw. */
export async function topicGraph(graph: Graph, params: CooccurrenceParams): Promise<TopicGraph> {
  const { nodes, edges } = await cooccurrence(graph, params);
  const { of, communities } = labelPropagation(nodes, edges);
  const strength = new Map<string, number>();
  for (const e of edges) {
    strength.set(e.source, (strength.get(e.source) ?? 0) + e.weight);
    strength.set(e.target, (strength.get(e.target) ?? 0) + e.weight);
  }
  return {
    nodes: nodes.map((n) => ({
      ...n,
      community: of.get(n.id) ?? 0,
      strength: strength.get(n.id) ?? 0,
    })),
    edges,
    communities,
  };
}
