import type { Graph } from '../driver.ts';
import { int } from '../convert.ts';
import type { SegmentProps, TranscriptProps } from '../model.ts';

const LIST_TRANSCRIPTS = `
MATCH (t:Transcript) WHERE t.complete
RETURN t {.*} AS t
ORDER BY t.date, t.id
SKIP $skip LIMIT $limit`;

/** Completely loaded transcripts, by date then id. */
export async function listTranscripts(
  graph: Graph,
  page: { skip: number; limit: number },
): Promise<TranscriptProps[]> {
  const rows = await graph.query<{ t: TranscriptProps }>(LIST_TRANSCRIPTS, {
    skip: int(page.skip),
    limit: int(page.limit),
  });
  return rows.map((r) => r.t);
}

const COUNT_TRANSCRIPTS = `MATCH (t:Transcript) WHERE t.complete RETURN count(t) AS n`;

export async function countTranscripts(graph: Graph): Promise<number> {
  const [row] = await graph.query<{ n: number }>(COUNT_TRANSCRIPTS);
  return row?.n ?? 0;
}

const TRANSCRIPTS_BY_ID = `
MATCH (t:Transcript) WHERE t.id IN $ids AND t.complete
RETURN t {.*} AS t`;

export async function transcriptsById(graph: Graph, ids: readonly string[]): Promise<TranscriptProps[]> {
  const rows = await graph.query<{ t: TranscriptProps }>(TRANSCRIPTS_BY_ID, { ids });
  return rows.map((r) => r.t);
}

const SEGMENTS_OF_TRANSCRIPTS = `
MATCH (s:Segment) WHERE s.transcriptId IN $ids
RETURN s {.*} AS s
ORDER BY s.transcriptId, s.ordinal`;

/** Segments of several transcripts in one query (for batched resolvers). */
export async function segmentsOfTranscripts(
  graph: Graph,
  transcriptIds: readonly string[],
): Promise<SegmentProps[]> {
  const rows = await graph.query<{ s: SegmentProps }>(SEGMENTS_OF_TRANSCRIPTS, { ids: transcriptIds });
  return rows.map((r) => r.s);
}

const GRAPH_COUNTS = `
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships`;

/** Total node and relationship counts (used to prove re-ingest changes nothing). */
export async function graphCounts(graph: Graph): Promise<{ nodes: number; relationships: number }> {
  const [row] = await graph.query<{ nodes: number; relationships: number }>(GRAPH_COUNTS);
  return row ?? { nodes: 0, relationships: 0 };
}
