import type { Graph } from '../driver.ts';
import { int } from '../convert.ts';
import {
  STANCES,
  type EntityProps,
  type SegmentProps,
  type Stance,
  type TranscriptProps,
} from '../model.ts';
import { ENTITY_PROJECTION } from './entities.ts';

export type SessionRole = 'host' | 'guest' | 'speaker';

/** A segment a person hosted, featured in, or spoke in. */
export interface PersonSession {
  transcript: TranscriptProps;
  segment: SegmentProps;
  roles: SessionRole[];
  /** Characters and seconds of their own speech in the segment. */
  chars: number;
  seconds: number;
  /** Their share of all speech (characters) in the segment. */
  share: number;
}

export interface PersonProfile {
  personId: string;
  utterances: number;
  talkChars: number;
  talkSec: number;
  /** Their characters over all characters of the segments they appear in. */
  talkShare: number;
  sessions: PersonSession[];
  topics: { entity: EntityProps; mentions: number; claims: number }[];
  claimCount: number;
  stances: Record<Stance, number>;
  appearedWith: { person: EntityProps; segments: number }[];
}

const PERSON_PROFILES = `
UNWIND $ids AS pid
MATCH (p:Person {id: pid})
CALL (p) {
  OPTIONAL MATCH (p)-[:SPOKE]->(u:Utterance)
  RETURN count(u) AS utterances, coalesce(sum(u.charCount), 0) AS talkChars,
         coalesce(sum(u.endSec - u.startSec), 0) AS talkSec
}
CALL (p) {
  CALL (p) {
    MATCH (s:Segment)-[r:HOSTED_BY|FEATURES]->(p)
    RETURN s, CASE type(r) WHEN 'HOSTED_BY' THEN 'host' ELSE 'guest' END AS role
    UNION
    MATCH (p)-[:SPOKE]->(:Utterance)<-[:HAS_UTTERANCE]-(s:Segment)
    RETURN s, 'speaker' AS role
  }
  WITH p, s, collect(DISTINCT role) AS roles
  CALL (p, s) {
    MATCH (s)-[:HAS_UTTERANCE]->(u:Utterance)
    RETURN sum(u.charCount) AS segmentChars,
           sum(CASE WHEN EXISTS { (p)-[:SPOKE]->(u) } THEN u.charCount ELSE 0 END) AS chars,
           sum(CASE WHEN EXISTS { (p)-[:SPOKE]->(u) } THEN u.endSec - u.startSec ELSE 0 END) AS seconds
  }
  MATCH (t:Transcript {id: s.transcriptId})
  WITH t, s, roles, coalesce(segmentChars, 0) AS segmentChars, coalesce(chars, 0) AS chars,
       coalesce(seconds, 0) AS seconds
  ORDER BY t.date, t.id, s.ordinal
  RETURN collect({transcript: t {.*}, segment: s {.*}, roles: roles, chars: chars, seconds: seconds,
                  segmentChars: segmentChars}) AS sessions
}
CALL (p) {
  CALL (p) {
    MATCH (p)-[:SPOKE]->(:Utterance)-[:MENTIONS]->(e:Topic)
    RETURN e, 1 AS mention, 0 AS claim
    UNION ALL
    MATCH (p)<-[:MADE_BY]-(:Claim)-[:ABOUT]->(e:Topic)
    RETURN e, 0 AS mention, 1 AS claim
  }
  WITH e, sum(mention) AS mentions, sum(claim) AS claims
  ORDER BY mentions + claims DESC, e.name
  LIMIT $topicLimit
  RETURN collect({entity: e ${ENTITY_PROJECTION}, mentions: mentions, claims: claims}) AS topics
}
CALL (p) {
  OPTIONAL MATCH (p)<-[:MADE_BY]-(c:Claim)
  WITH c.stance AS stance, count(c) AS n
  RETURN collect({stance: stance, n: n}) AS stances
}
CALL (p) {
  CALL (p) {
    MATCH (s:Segment)-[:HOSTED_BY|FEATURES]->(p) RETURN s
    UNION
    MATCH (p)-[:SPOKE]->(:Utterance)<-[:HAS_UTTERANCE]-(s:Segment) RETURN s
  }
  CALL (s) {
    MATCH (s)-[:HOSTED_BY|FEATURES]->(q:Person) RETURN q
    UNION
    MATCH (s)-[:HAS_UTTERANCE]->(:Utterance)<-[:SPOKE]-(q:Person) RETURN q
  }
  WITH p, q, count(DISTINCT s) AS segments WHERE q <> p
  ORDER BY segments DESC, q.name
  RETURN collect({person: q ${ENTITY_PROJECTION}, segments: segments}) AS appearedWith
}
RETURN p.id AS personId, utterances, talkChars, talkSec, sessions, topics, stances, appearedWith`;

interface ProfileRow extends Omit<
  PersonProfile,
  'sessions' | 'stances' | 'claimCount' | 'talkShare'
> {
  sessions: (Omit<PersonSession, 'share'> & { segmentChars: number })[];
  stances: { stance: Stance | null; n: number }[];
}

/**
 * Speaker profiles of several people in one query: talk time and share, sessions, topics,
 * stance mix and who they appeared with. People that do not exist are absent.
 */
export async function personProfiles(
  graph: Graph,
  personIds: readonly string[],
  options: { topicLimit?: number } = {},
): Promise<PersonProfile[]> {
  const rows = await graph.query<ProfileRow>(PERSON_PROFILES, {
    ids: personIds,
    topicLimit: int(options.topicLimit ?? 10),
  });
  return rows.map(toProfile);
}

function toProfile(row: ProfileRow): PersonProfile {
  const stances = Object.fromEntries(STANCES.map((s) => [s, 0])) as Record<Stance, number>;
  for (const { stance, n } of row.stances) if (stance) stances[stance] += n;
  const segmentChars = row.sessions.reduce((n, s) => n + s.segmentChars, 0);
  return {
    ...row,
    talkShare: segmentChars ? row.talkChars / segmentChars : 0,
    sessions: row.sessions.map(({ segmentChars: total, ...s }) => ({
      ...s,
      share: total ? s.chars / total : 0,
    })),
    claimCount: Object.values(stances).reduce((a, b) => a + b, 0),
    stances,
  };
}
