import type { Graph } from '../driver.ts';
import {
  STANCES,
  type EntityProps,
  type SegmentProps,
  type Stance,
  type TranscriptProps,
} from '../model.ts';
import type { ClaimRow } from './claims.ts';
import type { UtteranceRow } from './utterances.ts';
import { ENTITY_PROJECTION } from './entities.ts';

/** A verbatim utterance, with everything needed to link back to its place in the transcript. */
export interface QuoteRow {
  utterance: UtteranceRow;
  /** How the entity was written in this utterance (ASR spelling included). */
  surfaces: string[];
  transcript: TranscriptProps;
  segment: SegmentProps;
}

export interface StatedClaim {
  claim: ClaimRow;
  quote: QuoteRow;
}

export interface SpeakerStatements {
  /** null groups what nobody identified said (no SPOKE / unknown role). */
  speaker: EntityProps | null;
  quoteCount: number;
  claimCount: number;
  stances: Record<Stance, number>;
  /** Earliest first, at most `quotesPerSpeaker`. */
  quotes: QuoteRow[];
  /** Earliest first, at most `claimsPerSpeaker`. */
  claims: StatedClaim[];
}

export interface WhoSaidWhat {
  entity: EntityProps;
  speakers: SpeakerStatements[];
}

/** One quote or claim as the query returns it, before grouping. */
export interface WhoSaidWhatRow {
  kind: 'quote' | 'claim';
  speaker: EntityProps | null;
  utterance: UtteranceRow;
  surfaces: string[];
  claim: ClaimRow | null;
  transcript: TranscriptProps;
  segment: SegmentProps;
}

const WHO_SAID_WHAT = `
MATCH (e:Person|Organization|Model|Topic {id: $id})
CALL (e) {
  MATCH (u:Utterance)-[m:MENTIONS]->(e)
  WITH u, m ORDER BY m.line, m.column
  WITH u, collect(m.surface) AS surfaces
  RETURN 'quote' AS kind, u, surfaces, null AS c
  UNION ALL
  MATCH (c:Claim)-[:ABOUT|MENTIONS]->(e)
  WITH DISTINCT c
  MATCH (c)-[:STATED_IN]->(u:Utterance)
  RETURN 'claim' AS kind, u, [] AS surfaces, c
}
MATCH (t:Transcript {id: u.transcriptId})-[:HAS_SEGMENT]->(s:Segment {id: u.segmentId})
OPTIONAL MATCH (sp:Person)-[:SPOKE]->(u)
WITH e, kind, u, surfaces, c, t, s, sp, coalesce(head([(c)-[:MADE_BY]->(p:Person) | p]), sp) AS speaker
RETURN e ${ENTITY_PROJECTION} AS entity,
       collect({
         kind: kind,
         speaker: CASE WHEN speaker IS NULL THEN null ELSE speaker ${ENTITY_PROJECTION} END,
         utterance: u {.*, speakerId: sp.id},
         surfaces: surfaces,
         claim: CASE WHEN c IS NULL THEN null ELSE c {.*,
           segmentId: u.segmentId,
           speakerId: speaker.id,
           topicIds: [(c)-[:ABOUT]->(x:Topic) | x.id],
           entityIds: [(c)-[:MENTIONS]->(x) | x.id]} END,
         transcript: t {.*},
         segment: s {.*}
       }) AS rows`;

/**
 * Who talked about an entity: per speaker, the utterances that mention it (verbatim quotes)
 * and the claims about it, with stance counts. One query; speakers with most to say first.
 * Returns null when there is no such entity.
 */
export async function whoSaidWhat(
  graph: Graph,
  entityId: string,
  limits: { quotesPerSpeaker: number; claimsPerSpeaker: number },
): Promise<WhoSaidWhat | null> {
  const [result] = await graph.query<{ entity: EntityProps; rows: WhoSaidWhatRow[] }>(
    WHO_SAID_WHAT,
    { id: entityId },
  );
  if (!result) return null;
  return { entity: result.entity, speakers: groupBySpeaker(result.rows, limits) };
}

const chronological = (a: WhoSaidWhatRow, b: WhoSaidWhatRow) =>
  (a.transcript.date ?? '').localeCompare(b.transcript.date ?? '') ||
  a.transcript.id.localeCompare(b.transcript.id) ||
  a.utterance.line - b.utterance.line ||
  (a.claim?.column ?? 0) - (b.claim?.column ?? 0);

/** Groups the flat rows per speaker; pure, exported for unit tests. */
export function groupBySpeaker(
  rows: WhoSaidWhatRow[],
  limits: { quotesPerSpeaker: number; claimsPerSpeaker: number },
): SpeakerStatements[] {
  const groups = new Map<
    string,
    { speaker: EntityProps | null; quotes: WhoSaidWhatRow[]; claims: WhoSaidWhatRow[] }
  >();
  for (const row of [...rows].sort(chronological)) {
    const key = row.speaker?.id ?? '';
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { speaker: row.speaker, quotes: [], claims: [] }));
    (row.kind === 'quote' ? g.quotes : g.claims).push(row);
  }
  const quoteOf = (r: WhoSaidWhatRow): QuoteRow => ({
    utterance: r.utterance,
    surfaces: r.surfaces,
    transcript: r.transcript,
    segment: r.segment,
  });
  return [...groups.values()]
    .map((g) => {
      const stances = Object.fromEntries(STANCES.map((s) => [s, 0])) as Record<Stance, number>;
      for (const r of g.claims) if (r.claim) stances[r.claim.stance] += 1;
      return {
        speaker: g.speaker,
        quoteCount: g.quotes.length,
        claimCount: g.claims.length,
        stances,
        quotes: g.quotes.slice(0, limits.quotesPerSpeaker).map(quoteOf),
        claims: g.claims
          .slice(0, limits.claimsPerSpeaker)
          .map((r) => ({ claim: r.claim as ClaimRow, quote: quoteOf(r) })),
      };
    })
    .sort(
      (a, b) =>
        b.claimCount + b.quoteCount - (a.claimCount + a.quoteCount) ||
        Number(a.speaker === null) - Number(b.speaker === null) ||
        (a.speaker?.name ?? '').localeCompare(b.speaker?.name ?? ''),
    );
}
