import type { Graph } from '../driver.ts';
import type { UtteranceProps } from '../model.ts';

/** An utterance with the id of the person who spoke it, when known. */
export interface UtteranceRow extends UtteranceProps {
  speakerId: string | null;
}

const UTTERANCES_BY_ID = `
MATCH (u:Utterance) WHERE u.id IN $ids
RETURN u {.*, speakerId: head([(p:Person)-[:SPOKE]->(u) | p.id])} AS u`;

/** Utterances by id, in one query; missing ids are simply absent. */
export async function utterancesById(
  graph: Graph,
  ids: readonly string[],
): Promise<UtteranceRow[]> {
  const rows = await graph.query<{ u: UtteranceRow }>(UTTERANCES_BY_ID, { ids });
  return rows.map((r) => r.u);
}
