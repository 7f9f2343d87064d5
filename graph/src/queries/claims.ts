import type { Graph } from '../driver.ts';
import { int } from '../convert.ts';
import type { ClaimProps, Stance } from '../model.ts';

/** A claim with the ids of what it links to, so one query serves every claim field. */
export interface ClaimRow extends ClaimProps {
  segmentId: string | null;
  speakerId: string | null;
  topicIds: string[];
  entityIds: string[];
}

export const CLAIM_PROJECTION = `c {.*,
  segmentId: head([(c)-[:STATED_IN]->(u:Utterance) | u.segmentId]),
  speakerId: head([(c)-[:MADE_BY]->(p:Person) | p.id]),
  topicIds: [(c)-[:ABOUT]->(t:Topic) | t.id],
  entityIds: [(c)-[:MENTIONS]->(x) | x.id]
}`;

const CLAIMS_BY_ID = `
MATCH (c:Claim) WHERE c.id IN $ids
RETURN ${CLAIM_PROJECTION} AS c`;

/** Claims by id, in one query; missing ids are simply absent. */
export async function claimsById(graph: Graph, ids: readonly string[]): Promise<ClaimRow[]> {
  const rows = await graph.query<{ c: ClaimRow }>(CLAIMS_BY_ID, { ids });
  return rows.map((r) => r.c);
}

export interface ClaimFilter {
  transcriptId?: string | null;
  speakerId?: string | null;
  /** Claims about this topic or naming this entity. */
  entityId?: string | null;
  stance?: Stance | null;
}

const CLAIM_WHERE = `
WHERE ($transcriptId IS NULL OR c.transcriptId = $transcriptId)
  AND ($stance IS NULL OR c.stance = $stance)
  AND ($speakerId IS NULL OR EXISTS { (c)-[:MADE_BY]->(:Person {id: $speakerId}) })
  AND ($entityId IS NULL OR EXISTS { (c)-[:ABOUT|MENTIONS]->(x) WHERE x.id = $entityId })`;

/**
 * Where a claim list starts: from the speaker, the entity or the transcript when the filter names
 * one (an index seek and a short expansion), and only otherwise from every claim. CLAIM_WHERE
 * still applies every condition, so the anchor only narrows.
 */
const CLAIM_ANCHOR = {
  speaker: 'MATCH (:Person {id: $speakerId})<-[:MADE_BY]-(c:Claim)',
  entity: 'MATCH (:Person|Organization|Model|Topic {id: $entityId})<-[:ABOUT|MENTIONS]-(c:Claim)',
  transcript: 'MATCH (c:Claim {transcriptId: $transcriptId})',
  all: 'MATCH (c:Claim)',
} as const;

function anchorOf(filter: ClaimFilter): string {
  if (filter.speakerId) return CLAIM_ANCHOR.speaker;
  if (filter.entityId) return CLAIM_ANCHOR.entity;
  if (filter.transcriptId) return CLAIM_ANCHOR.transcript;
  return CLAIM_ANCHOR.all;
}

// Sorted and paged before the projection, so only the page's claims are projected.
const listClaimsCypher = (anchor: string) => `
${anchor}
${CLAIM_WHERE}
WITH DISTINCT c
ORDER BY c.transcriptId, c.line, c.column, c.id
SKIP $skip LIMIT $limit
RETURN ${CLAIM_PROJECTION} AS c`;

function filterParams(filter: ClaimFilter) {
  return {
    transcriptId: filter.transcriptId ?? null,
    speakerId: filter.speakerId ?? null,
    entityId: filter.entityId ?? null,
    stance: filter.stance ?? null,
  };
}

/** One page of claims matching every given filter, in transcript order. */
export async function listClaims(
  graph: Graph,
  filter: ClaimFilter,
  page: { skip: number; limit: number },
): Promise<ClaimRow[]> {
  const rows = await graph.query<{ c: ClaimRow }>(listClaimsCypher(anchorOf(filter)), {
    ...filterParams(filter),
    skip: int(page.skip),
    limit: int(page.limit),
  });
  return rows.map((r) => r.c);
}

const countClaimsCypher = (anchor: string) => `
${anchor}
${CLAIM_WHERE}
RETURN count(DISTINCT c) AS n`;

export async function countClaims(graph: Graph, filter: ClaimFilter): Promise<number> {
  const [row] = await graph.query<{ n: number }>(
    countClaimsCypher(anchorOf(filter)),
    filterParams(filter),
  );
  return row?.n ?? 0;
}

/** How a claim relates to the entity it is listed under. */
export const CLAIM_RELATION = {
  /** Claims about the topic or naming the entity. */
  about: '(c:Claim)-[:ABOUT|MENTIONS]->(e)',
  /** Claims the person made. */
  madeBy: '(c:Claim)-[:MADE_BY]->(e)',
} as const;
export type ClaimRelation = keyof typeof CLAIM_RELATION;

const claimsOfEntitiesCypher = (pattern: string) => `
UNWIND $ids AS eid
MATCH (e:Person|Organization|Model|Topic {id: eid})
CALL (e) {
  MATCH ${pattern}
  WHERE $stance IS NULL OR c.stance = $stance
  WITH DISTINCT c
  ORDER BY c.transcriptId, c.line, c.column, c.id
  SKIP $skip LIMIT $limit
  RETURN collect(${CLAIM_PROJECTION}) AS claims
}
CALL (e) {
  MATCH ${pattern}
  WHERE $stance IS NULL OR c.stance = $stance
  RETURN count(DISTINCT c) AS total
}
RETURN e.id AS entityId, claims, total`;

/**
 * The same page of claims for each of several entities, in one query (a batched connection):
 * `claims` is the page, `total` the number of claims the entity has under the filter.
 */
export async function claimsOfEntities(
  graph: Graph,
  entityIds: readonly string[],
  options: { relation: ClaimRelation; stance?: Stance | null; skip: number; limit: number },
): Promise<{ entityId: string; claims: ClaimRow[]; total: number }[]> {
  return graph.query(claimsOfEntitiesCypher(CLAIM_RELATION[options.relation]), {
    ids: entityIds,
    stance: options.stance ?? null,
    skip: int(options.skip),
    limit: int(options.limit),
  });
}
