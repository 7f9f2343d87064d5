import type { Graph } from '../driver.ts';
import type { EntityProps, SegmentProps } from '../model.ts';

const SEGMENTS_BY_ID = `
MATCH (s:Segment) WHERE s.id IN $ids
RETURN s {.*} AS s`;

/** Segments by id, in no particular order; missing ids are simply absent. */
export async function segmentsById(graph: Graph, ids: readonly string[]): Promise<SegmentProps[]> {
  const rows = await graph.query<{ s: SegmentProps }>(SEGMENTS_BY_ID, { ids });
  return rows.map((r) => r.s);
}

export interface SegmentPersonRow {
  segmentId: string;
  role: 'host' | 'guest';
  person: EntityProps;
}

const PEOPLE_OF_SEGMENTS = `
MATCH (s:Segment)-[r:HOSTED_BY|FEATURES]->(p:Person) WHERE s.id IN $ids
RETURN s.id AS segmentId,
       CASE type(r) WHEN 'HOSTED_BY' THEN 'host' ELSE 'guest' END AS role,
       p {.*} AS person
ORDER BY segmentId, role DESC, p.name, p.id`;

/** Hosts and guests of several segments in one query (hosts first, then by name). */
export async function peopleOfSegments(
  graph: Graph,
  segmentIds: readonly string[],
): Promise<SegmentPersonRow[]> {
  return graph.query<SegmentPersonRow>(PEOPLE_OF_SEGMENTS, { ids: segmentIds });
}
