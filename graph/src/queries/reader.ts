import type { Graph } from '../driver.ts';
import { int } from '../convert.ts';
import type { EntityProps, MentionRow } from '../model.ts';
import { CLAIM_PROJECTION, type ClaimRow } from './claims.ts';
import { ENTITY_PROJECTION } from './entities.ts';
import type { UtteranceRow } from './utterances.ts';

/** An utterance with everything a transcript reader shows on its lines. */
export interface ReaderUtterance extends UtteranceRow {
  /** Mentions in the utterance, by line then column. */
  mentions: MentionRow[];
  /** Claims stated in the utterance, by line then column. */
  claims: ClaimRow[];
}

/** One transcript's page of utterances, where it starts in the whole list, the transcript's
 * utterance count, and the entities the page refers to (speakers, mentioned entities, claim
 * topics and entities), each once. */
export interface ReaderPage {
  transcriptId: string;
  total: number;
  /** Offset of the page's first utterance in the transcript's reading order. */
  start: number;
  utterances: ReaderUtterance[];
  entities: EntityProps[];
}

/** Which utterances a page holds: from an offset, or from the one that contains a line. */
export interface ReaderWindow {
  skip: number;
  limit: number;
  /** Start at the first utterance that ends on or after this line (overrides `skip`). */
  fromLine?: number | null;
}

const MENTION_PROJECTION = `{utteranceId: u.id, entityId: e.id, surface: m.surface, line: m.line,
  column: m.column, method: m.method, confidence: m.confidence}`;

// `tr`, not `t`: CLAIM_PROJECTION binds t to a claim's topics.
const UTTERANCE_PAGES = `
UNWIND $ids AS tid
MATCH (tr:Transcript {id: tid}) WHERE tr.complete
CALL (tr) {
  MATCH (u:Utterance {transcriptId: tr.id})
  WITH u ORDER BY u.line, u.column, u.id
  RETURN collect(u) AS ordered
}
WITH tr, ordered,
  CASE WHEN $fromLine IS NULL THEN $skip ELSE size([x IN ordered WHERE x.endLine < $fromLine]) END AS start
WITH tr, size(ordered) AS total, start, ordered[start..start + $limit] AS page
CALL (page) {
  UNWIND page AS u
  CALL (u) {
    MATCH (u)-[:MENTIONS]->(e) RETURN e
    UNION
    MATCH (e:Person)-[:SPOKE]->(u) RETURN e
    UNION
    MATCH (u)<-[:STATED_IN]-(:Claim)-[:ABOUT|MENTIONS|MADE_BY]->(e) RETURN e
  }
  WITH DISTINCT e
  RETURN collect(e ${ENTITY_PROJECTION}) AS entities
}
RETURN tr.id AS transcriptId, total, start, entities,
  [u IN page | u {.*,
    speakerId: head([(p:Person)-[:SPOKE]->(u) | p.id]),
    mentions: COLLECT {
      MATCH (u)-[m:MENTIONS]->(e)
      WITH m, e ORDER BY m.line, m.column, e.id
      RETURN ${MENTION_PROJECTION}
    },
    claims: COLLECT {
      MATCH (c:Claim)-[:STATED_IN]->(u)
      WITH c ORDER BY c.line, c.column, c.id
      RETURN ${CLAIM_PROJECTION}
    }
  }] AS utterances`;

/**
 * The same window of utterances (in reading order: line, then column) of each of several
 * transcripts, with their speakers, mentions and claims, in one query. `entities` lists every
 * entity the page refers to once, so a caller can resolve names without another query.
 * Transcripts that are missing or not completely loaded are absent.
 */
export async function utterancePages(
  graph: Graph,
  transcriptIds: readonly string[],
  window: ReaderWindow,
): Promise<ReaderPage[]> {
  return graph.query<ReaderPage>(UTTERANCE_PAGES, {
    ids: transcriptIds,
    skip: int(window.skip),
    limit: int(window.limit),
    fromLine: window.fromLine == null ? null : int(window.fromLine),
  });
}

const MENTIONS_OF_UTTERANCES = `
UNWIND $ids AS uid
MATCH (u:Utterance {id: uid})-[m:MENTIONS]->(e)
WITH u, m, e ORDER BY u.id, m.line, m.column, e.id
RETURN ${MENTION_PROJECTION} AS m`;

/** Mentions in several utterances, in one query (by utterance, then line and column). */
export async function mentionsOfUtterances(
  graph: Graph,
  utteranceIds: readonly string[],
): Promise<MentionRow[]> {
  const rows = await graph.query<{ m: MentionRow }>(MENTIONS_OF_UTTERANCES, { ids: utteranceIds });
  return rows.map((r) => r.m);
}

const CLAIMS_OF_UTTERANCES = `
UNWIND $ids AS uid
MATCH (c:Claim)-[:STATED_IN]->(:Utterance {id: uid})
WITH c ORDER BY c.utteranceId, c.line, c.column, c.id
RETURN ${CLAIM_PROJECTION} AS c`;

/** Claims stated in several utterances, in one query (by utterance, then line and column). */
export async function claimsOfUtterances(
  graph: Graph,
  utteranceIds: readonly string[],
): Promise<ClaimRow[]> {
  const rows = await graph.query<{ c: ClaimRow }>(CLAIMS_OF_UTTERANCES, { ids: utteranceIds });
  return rows.map((r) => r.c);
}
