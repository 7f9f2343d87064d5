import { ENTITY_LABEL, ENTITY_TYPES, type TranscriptGraph } from '../model.ts';
import { run, type Graph, type Tx } from '../driver.ts';

const STORED_HASH = `
MATCH (t:Transcript {id: $id})
RETURN t.contentHash AS contentHash, t.complete AS complete`;

/** The content hash stored for a transcript, or null when it was never loaded completely. */
export async function storedContentHash(graph: Graph, transcriptId: string): Promise<string | null> {
  const [row] = await graph.query<{ contentHash: string; complete: boolean }>(STORED_HASH, {
    id: transcriptId,
  });
  return row?.complete ? row.contentHash : null;
}

const ENTITIES_OF_TRANSCRIPT = `
MATCH (u:Utterance {transcriptId: $id})-[:MENTIONS]->(e)
RETURN DISTINCT e.id AS id
UNION
MATCH (p)-[:SPOKE]->(:Utterance {transcriptId: $id})
RETURN DISTINCT p.id AS id
UNION
MATCH (:Transcript {id: $id})-[:HAS_SEGMENT]->(:Segment)-[:HOSTED_BY|FEATURES]->(p)
RETURN DISTINCT p.id AS id`;

const DELETE_TRANSCRIPT_CONTENT = `
CALL (){
  MATCH (c:Claim {transcriptId: $id}) DETACH DELETE c
} 
CALL (){
  MATCH (u:Utterance {transcriptId: $id}) DETACH DELETE u
}
CALL (){
  MATCH (s:Segment {transcriptId: $id}) DETACH DELETE s
}
CALL (){
  MATCH (t:Transcript {id: $id})-[r:AFFILIATION_SEEN]->() DELETE r
}`;

const UPSERT_TRANSCRIPT = `
MERGE (t:Transcript {id: $t.id})
SET t += $t, t.complete = false`;

const CREATE_SEGMENTS = `
MATCH (t:Transcript {id: $id})
UNWIND $rows AS row
CREATE (s:Segment)
SET s = row
CREATE (t)-[:HAS_SEGMENT]->(s)`;

const CREATE_UTTERANCES = `
UNWIND $rows AS row
MATCH (s:Segment {id: row.segmentId})
CREATE (u:Utterance)
SET u = row.props
CREATE (s)-[:HAS_UTTERANCE]->(u)`;

const upsertEntities = (label: string) => `
UNWIND $rows AS row
MERGE (e:${label} {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type
SET e.aliases = row.aliases,
    e.pinyin = row.pinyin,
    e.role = coalesce(row.role, e.role),
    e.affiliation = coalesce(row.affiliation, e.affiliation)`;

const linkSpeakers = (label: string) => `
UNWIND $rows AS row
MATCH (u:Utterance {id: row.utteranceId})
MATCH (p:${label} {id: row.speakerId})
CREATE (p)-[:SPOKE]->(u)`;

const linkMentions = (label: string) => `
UNWIND $rows AS row
MATCH (u:Utterance {id: row.utteranceId})
MATCH (e:${label} {id: row.entityId})
CREATE (u)-[:MENTIONS {surface: row.surface, line: row.line, column: row.column,
                       method: row.method, confidence: row.confidence}]->(e)`;

const CREATE_CLAIMS = `
UNWIND $rows AS row
MATCH (u:Utterance {id: row.utteranceId})
CREATE (c:Claim)
SET c = row
CREATE (c)-[:STATED_IN]->(u)`;

const LINK_CLAIM_SPEAKERS = `
UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId})
MATCH (p:Person {id: row.entityId})
CREATE (c)-[:MADE_BY]->(p)`;

/** Topics a claim is about get ABOUT; other entities it names get MENTIONS. */
const linkClaimEntities = (label: string, rel: 'ABOUT' | 'MENTIONS') => `
UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId})
MATCH (e:${label} {id: row.entityId})
CREATE (c)-[:${rel}]->(e)`;

const LINK_SEGMENT_PEOPLE = `
UNWIND $rows AS row
MATCH (s:Segment {id: row.segmentId})
MATCH (p:Person {id: row.personId})
FOREACH (_ IN CASE WHEN row.role = 'host' THEN [1] ELSE [] END | CREATE (s)-[:HOSTED_BY]->(p))
FOREACH (_ IN CASE WHEN row.role = 'guest' THEN [1] ELSE [] END | CREATE (s)-[:FEATURES]->(p))`;

const LINK_AFFILIATIONS = `
MATCH (t:Transcript {id: $id})
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (o:Organization {id: row.organizationId})
MERGE (p)-[:AFFILIATED_WITH]->(o)
CREATE (t)-[:AFFILIATION_SEEN {personId: row.personId, organizationId: row.organizationId}]->(o)`;

/** Variants and search text are derived from the mentions that remain, so they never go stale. */
const refreshEntities = (label: string) => `
UNWIND $ids AS eid
MATCH (e:${label} {id: eid})
OPTIONAL MATCH (:Utterance)-[m:MENTIONS]->(e)
WITH e, collect(DISTINCT m.surface) AS surfaces
SET e.variants = surfaces,
    e.searchText = reduce(acc = e.name, s IN e.aliases + surfaces | acc + ' ' + s) + ' ' + coalesce(e.pinyin, '')
WITH e
WHERE NOT (e)--()
DELETE e`;

/** Affiliation edges are kept only while some transcript still states them. */
const PRUNE_AFFILIATIONS = `
MATCH (p:Person)-[a:AFFILIATED_WITH]->(o:Organization)
WHERE (p.id IN $ids OR o.id IN $ids)
  AND NOT EXISTS { MATCH (:Transcript)-[s:AFFILIATION_SEEN]->(o) WHERE s.personId = p.id }
DELETE a`;

const MARK_COMPLETE = `MATCH (t:Transcript {id: $id}) SET t.complete = true`;

/**
 * Replaces everything one transcript contributed, in a single transaction: a crash leaves
 * the graph as it was, and loading the same content twice yields identical counts.
 * Entities are shared across transcripts (MERGE on id) and removed when nothing refers to them.
 */
export async function replaceTranscript(graph: Graph, g: TranscriptGraph): Promise<void> {
  await graph.write(async (tx) => {
    const id = g.transcript.id;
    const before = (await run<{ id: string }>(tx, ENTITIES_OF_TRANSCRIPT, { id })).map((r) => r.id);
    await tx.run(DELETE_TRANSCRIPT_CONTENT, { id });
    await tx.run(UPSERT_TRANSCRIPT, { t: g.transcript });
    await tx.run(CREATE_SEGMENTS, { id, rows: g.segments });
    await tx.run(CREATE_UTTERANCES, {
      rows: g.utterances.map(({ speakerId: _s, ...props }) => ({ segmentId: props.segmentId, props })),
    });
    const typeOf = new Map(g.entities.map((e) => [e.id, e.type]));
    for (const type of ENTITY_TYPES) {
      const label = ENTITY_LABEL[type];
      const rows = g.entities.filter((e) => e.type === type);
      if (rows.length) await tx.run(upsertEntities(label), { rows });
      await linkByType(tx, linkMentions(label), g.mentions.filter((m) => typeOf.get(m.entityId) === type));
    }
    const spoken = g.utterances
      .filter((u) => u.speakerId !== null)
      .map((u) => ({ utteranceId: u.id, speakerId: u.speakerId }));
    await linkByType(tx, linkSpeakers(ENTITY_LABEL.person), spoken);
    await linkByType(tx, CREATE_CLAIMS, g.claims.map(({ speakerId: _s, topicIds: _t, entityIds: _e, ...props }) => props));
    await linkByType(
      tx,
      LINK_CLAIM_SPEAKERS,
      g.claims.filter((c) => c.speakerId).map((c) => ({ claimId: c.id, entityId: c.speakerId })),
    );
    for (const type of ENTITY_TYPES) {
      const rows = g.claims.flatMap((c) =>
        (type === 'topic' ? c.topicIds : c.entityIds)
          .filter((entityId) => typeOf.get(entityId) === type)
          .map((entityId) => ({ claimId: c.id, entityId })),
      );
      await linkByType(tx, linkClaimEntities(ENTITY_LABEL[type], type === 'topic' ? 'ABOUT' : 'MENTIONS'), rows);
    }
    await linkByType(tx, LINK_SEGMENT_PEOPLE, g.segmentPeople);
    if (g.affiliations.length) await tx.run(LINK_AFFILIATIONS, { id, rows: g.affiliations });
    const touched = [...new Set([...before, ...g.entities.map((e) => e.id)])];
    await tx.run(PRUNE_AFFILIATIONS, { ids: touched });
    await refresh(tx, touched);
    await tx.run(MARK_COMPLETE, { id });
  });
}

async function refresh(tx: Tx, ids: string[]): Promise<void> {
  for (const type of ENTITY_TYPES) await tx.run(refreshEntities(ENTITY_LABEL[type]), { ids });
}

async function linkByType(tx: Tx, cypher: string, rows: object[]): Promise<void> {
  if (rows.length) await tx.run(cypher, { rows });
}

const DELETE_TRANSCRIPT = `MATCH (t:Transcript {id: $id}) DETACH DELETE t`;

/** Removes a transcript and everything only it referred to. */
export async function deleteTranscript(graph: Graph, transcriptId: string): Promise<boolean> {
  return graph.write(async (tx) => {
    const before = (await run<{ id: string }>(tx, ENTITIES_OF_TRANSCRIPT, { id: transcriptId })).map((r) => r.id);
    await tx.run(DELETE_TRANSCRIPT_CONTENT, { id: transcriptId });
    const res = await tx.run(DELETE_TRANSCRIPT, { id: transcriptId });
    await tx.run(PRUNE_AFFILIATIONS, { ids: before });
    await refresh(tx, before);
    return res.summary.counters.updates().nodesDeleted > 0;
  });
}
