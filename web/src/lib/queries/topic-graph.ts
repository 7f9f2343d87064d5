import { ENTITY_KINDS, type EntityKind } from '$lib/entities';

export interface TopicGraphResult {
  topicGraph: {
    nodes: { id: string; name: string; type: string; mentions: number; community: number; strength: number }[];
    edges: { source: string; target: string; weight: number; claims: number; utterances: number }[];
    communities: { id: number; label: string; size: number; mentions: number; memberIds: string[] }[];
  };
}
export type TopicGraph = TopicGraphResult['topicGraph'];

export const TOPIC_GRAPH_QUERY = /* GraphQL */ `
  query TopicGraph($limit: Int, $minWeight: Int, $types: [EntityType!], $transcriptId: ID) {
    topicGraph(limit: $limit, minWeight: $minWeight, types: $types, transcriptId: $transcriptId) {
      nodes {
        id
        name
        type
        mentions
        community
        strength
      }
      edges {
        source
        target
        weight
        claims
        utterances
      }
      communities {
        id
        label
        size
        mentions
        memberIds
      }
    }
  }
`;

/** The graph's settings in the URL: `?limit=80&minWeight=2&types=topic,model&transcript=…`. */
export interface GraphState {
  limit: number;
  minWeight: number;
  /** Empty means all four kinds. */
  types: EntityKind[];
  transcript: string | null;
}

export const GRAPH_LIMITS = [30, 50, 100, 200] as const;
export const GRAPH_MIN_WEIGHTS = [1, 2, 3, 5] as const;

export function readGraphState(params: URLSearchParams): GraphState {
  const limit = Number(params.get('limit'));
  const minWeight = Number(params.get('minWeight'));
  return {
    limit: (GRAPH_LIMITS as readonly number[]).includes(limit) ? limit : 50,
    minWeight: (GRAPH_MIN_WEIGHTS as readonly number[]).includes(minWeight) ? minWeight : 1,
    types: (params.get('types') ?? '')
      .split(',')
      .filter((t): t is EntityKind => (ENTITY_KINDS as readonly string[]).includes(t)),
    transcript: params.get('transcript') || null,
  };
}

export function graphVariables(state: GraphState): Record<string, unknown> {
  return {
    limit: state.limit,
    minWeight: state.minWeight,
    types: state.types.length ? state.types.map((t) => t.toUpperCase()) : null,
    transcriptId: state.transcript,
  };
}
