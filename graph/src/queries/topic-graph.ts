import type { Graph } from '../driver.ts';
import type { EntityType } from '../model.ts';

export interface CooccurrenceParams {
  types: readonly EntityType[];
  /** Edges below this weight (utterances + claims) are dropped. */
  minWeight: number;
  /** At most this many nodes, the most mentioned first. */
  limit: number;
  transcriptId?: string | null;
  from?: string | null;
  to?: string | null;
}

export interface CooccurrenceNode {
  id: string;
  type: EntityType;
  name: string;
  /** Mentions in the transcripts in scope. */
  mentions: number;
}

export interface CooccurrenceEdge {
  source: string;
  target: string;
  /** Utterances that mention both. */
  utterances: number;
  /** Claims that are about or name both. */
  claims: number;
  weight: number;
}

export interface Cooccurrence {
  nodes: CooccurrenceNode[];
  edges: CooccurrenceEdge[];
}

const COOCCURRENCE = `
CALL () {
  MATCH (t:Transcript) WHERE t.complete
    AND ($transcriptId IS NULL OR t.id = $transcriptId)
    AND ($from IS NULL OR t.date >= $from)
    AND ($to IS NULL OR t.date <= $to)
  RETURN collect(t.id) AS tids
}
CALL (tids) {
  MATCH (u:Utterance)-[:MENTIONS]->(e)
  WHERE u.transcriptId IN tids AND e.type IN $types
  WITH u, collect(DISTINCT e) AS es
  UNWIND es AS a
  UNWIND es AS b
  WITH a, b WHERE a.id < b.id
  RETURN a, b, 1 AS inUtterance, 0 AS inClaim
  UNION ALL
  MATCH (c:Claim)-[:ABOUT|MENTIONS]->(e)
  WHERE c.transcriptId IN tids AND e.type IN $types
  WITH c, collect(DISTINCT e) AS es
  UNWIND es AS a
  UNWIND es AS b
  WITH a, b WHERE a.id < b.id
  RETURN a, b, 0 AS inUtterance, 1 AS inClaim
}
WITH tids, a, b, sum(inUtterance) AS utterances, sum(inClaim) AS claims
WHERE utterances + claims >= $minWeight
WITH tids, collect({a: a, b: b, utterances: utterances, claims: claims}) AS edges
CALL (tids, edges) {
  UNWIND edges AS edge
  UNWIND [edge.a, edge.b] AS n
  WITH DISTINCT n, tids
  RETURN collect(n {.id, .type, .name,
    mentions: COUNT { (u:Utterance)-[:MENTIONS]->(n) WHERE u.transcriptId IN tids }}) AS nodes
}
RETURN nodes,
       [edge IN edges | {source: edge.a.id, target: edge.b.id,
                         utterances: edge.utterances, claims: edge.claims}] AS edges`;

/**
 * Entities as nodes and co-occurrence (same utterance or same claim) as weighted edges, in one
 * query. Keeps the `limit` most mentioned nodes that have an edge of at least `minWeight`.
 */
export async function cooccurrence(
  graph: Graph,
  params: CooccurrenceParams,
): Promise<Cooccurrence> {
  const [row] = await graph.query<{
    nodes: CooccurrenceNode[];
    edges: Omit<CooccurrenceEdge, 'weight'>[];
  }>(COOCCURRENCE, {
    types: [...params.types],
    minWeight: params.minWeight,
    transcriptId: params.transcriptId ?? null,
    from: params.from ?? null,
    to: params.to ?? null,
  });
  return limitGraph(row?.nodes ?? [], row?.edges ?? [], params.limit);
}

/** Keeps the most mentioned nodes and the edges between them; stable order. Pure. */
export function limitGraph(
  nodes: CooccurrenceNode[],
  edges: Omit<CooccurrenceEdge, 'weight'>[],
  limit: number,
): Cooccurrence {
  const kept = [...nodes]
    .sort(
      (a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
    )
    .slice(0, limit);
  const ids = new Set(kept.map((n) => n.id));
  return {
    nodes: kept,
    edges: edges
      .filter((e) => ids.has(e.source) && ids.has(e.target))
      .map((e) => ({ ...e, weight: e.utterances + e.claims }))
      .sort(
        (a, b) =>
          b.weight - a.weight ||
          a.source.localeCompare(b.source) ||
          a.target.localeCompare(b.target),
      ),
  };
}
