import type { Graph } from '../driver.ts';
import { int } from '../convert.ts';
import { ENTITY_LABEL, type EntityProps, type EntityType } from '../model.ts';

/** The stored entity properties the API exposes (searchText stays internal). */
export const ENTITY_PROJECTION = `{.id, .type, .name, .aliases, .variants, .pinyin, .role, .affiliation}`;

const ENTITIES_BY_ID = `
UNWIND $ids AS eid
MATCH (e:Person|Organization|Model|Topic {id: eid})
RETURN e ${ENTITY_PROJECTION} AS e`;

/** Entities of any type by id, in one query; missing ids are simply absent. */
export async function entitiesById(graph: Graph, ids: readonly string[]): Promise<EntityProps[]> {
  const rows = await graph.query<{ e: EntityProps }>(ENTITIES_BY_ID, { ids });
  return rows.map((r) => r.e);
}

/** Sort keys an entity list may use; the Cypher ORDER BY comes only from this table. */
export const ENTITY_ORDER = {
  name: 'e.name, e.id',
  mentions: 'mentions DESC, e.name, e.id',
} as const;
export type EntityOrder = keyof typeof ENTITY_ORDER;

const listEntitiesCypher = (label: string, order: string) => `
MATCH (e:${label})
WITH e, COUNT { (:Utterance)-[:MENTIONS]->(e) } AS mentions
RETURN e ${ENTITY_PROJECTION} AS e
ORDER BY ${order}
SKIP $skip LIMIT $limit`;

/** One page of the entities of one type, by name or by number of mentions. */
export async function listEntities(
  graph: Graph,
  type: EntityType,
  page: { skip: number; limit: number; order?: EntityOrder },
): Promise<EntityProps[]> {
  const cypher = listEntitiesCypher(ENTITY_LABEL[type], ENTITY_ORDER[page.order ?? 'name']);
  const rows = await graph.query<{ e: EntityProps }>(cypher, {
    skip: int(page.skip),
    limit: int(page.limit),
  });
  return rows.map((r) => r.e);
}

const countEntitiesCypher = (label: string) => `MATCH (e:${label}) RETURN count(e) AS n`;

export async function countEntities(graph: Graph, type: EntityType): Promise<number> {
  const [row] = await graph.query<{ n: number }>(countEntitiesCypher(ENTITY_LABEL[type]));
  return row?.n ?? 0;
}

export interface MentionStats {
  id: string;
  /** Mentions in utterances (each surface occurrence counts). */
  mentions: number;
  /** Distinct transcripts with at least one mention. */
  transcripts: number;
  /** Claims about (topics) or naming (other types) the entity. */
  claims: number;
}

const MENTION_STATS = `
UNWIND $ids AS eid
MATCH (e:Person|Organization|Model|Topic {id: eid})
OPTIONAL MATCH (u:Utterance)-[m:MENTIONS]->(e)
WITH e, count(m) AS mentions, count(DISTINCT u.transcriptId) AS transcripts
RETURN e.id AS id, mentions, transcripts, COUNT { (:Claim)-[:ABOUT|MENTIONS]->(e) } AS claims`;

/** Mention, transcript and claim counts of several entities in one query. */
export async function mentionStats(graph: Graph, ids: readonly string[]): Promise<MentionStats[]> {
  return graph.query<MentionStats>(MENTION_STATS, { ids });
}

export interface AffiliationRow {
  personId: string;
  organization: EntityProps;
}

const AFFILIATIONS_OF_PEOPLE = `
MATCH (p:Person)-[:AFFILIATED_WITH]->(o:Organization) WHERE p.id IN $ids
RETURN p.id AS personId, o ${ENTITY_PROJECTION} AS organization
ORDER BY personId, o.name`;

/** Organisations several people are affiliated with, in one query. */
export async function affiliationsOfPeople(
  graph: Graph,
  personIds: readonly string[],
): Promise<AffiliationRow[]> {
  return graph.query<AffiliationRow>(AFFILIATIONS_OF_PEOPLE, { ids: personIds });
}

export interface MemberRow {
  organizationId: string;
  person: EntityProps;
}

const MEMBERS_OF_ORGANIZATIONS = `
MATCH (p:Person)-[:AFFILIATED_WITH]->(o:Organization) WHERE o.id IN $ids
RETURN o.id AS organizationId, p ${ENTITY_PROJECTION} AS person
ORDER BY organizationId, p.name`;

/** People affiliated with several organisations, in one query. */
export async function membersOfOrganizations(
  graph: Graph,
  organizationIds: readonly string[],
): Promise<MemberRow[]> {
  return graph.query<MemberRow>(MEMBERS_OF_ORGANIZATIONS, { ids: organizationIds });
}
