import type { Graph } from '../driver.ts';
import type { EntityProps, SegmentProps, SpeakerRole, TranscriptProps } from '../model.ts';
import { ENTITY_PROJECTION } from './entities.ts';

/** Talk of one identified speaker, or of everything nobody was identified for. */
export interface TalkShare {
  /** null for unidentified speech (utterances with no SPOKE). */
  speaker: EntityProps | null;
  utterances: number;
  chars: number;
  seconds: number;
  /** Share of the characters spoken in the segment (or transcript). */
  share: number;
  /** Roles the utterances were attributed with (unknown, narrator, …). */
  roles: SpeakerRole[];
}

export interface SegmentCoverage {
  segment: SegmentProps;
  hosts: EntityProps[];
  guests: EntityProps[];
  /** Identified speakers, most talk first. */
  speakers: TalkShare[];
  /** Utterances no speaker was identified for; null when there are none. */
  unidentified: TalkShare | null;
  topics: { entity: EntityProps; mentions: number }[];
}

export interface TranscriptCoverage {
  transcript: TranscriptProps;
  segments: SegmentCoverage[];
  speakers: TalkShare[];
  unidentified: TalkShare | null;
  topics: { entity: EntityProps; mentions: number }[];
}

interface TalkRow {
  speaker: EntityProps | null;
  role: SpeakerRole;
  utterances: number;
  chars: number;
  seconds: number;
}

interface CoverageRow {
  transcript: TranscriptProps;
  segment: SegmentProps;
  people: { role: 'host' | 'guest'; person: EntityProps }[];
  talk: TalkRow[];
  topics: { entity: EntityProps; mentions: number }[];
}

const COVERAGE = `
MATCH (t:Transcript) WHERE t.complete
  AND ($transcriptId IS NULL OR t.id = $transcriptId)
  AND ($date IS NULL OR t.date = $date)
MATCH (t)-[:HAS_SEGMENT]->(s:Segment)
CALL (s) {
  OPTIONAL MATCH (s)-[r:HOSTED_BY|FEATURES]->(p:Person)
  WITH r, p ORDER BY p.name
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE
    {role: CASE type(r) WHEN 'HOSTED_BY' THEN 'host' ELSE 'guest' END, person: p ${ENTITY_PROJECTION}} END) AS people
}
CALL (s) {
  OPTIONAL MATCH (s)-[:HAS_UTTERANCE]->(u:Utterance)
  OPTIONAL MATCH (sp:Person)-[:SPOKE]->(u)
  WITH sp, u.role AS role, count(u) AS utterances, sum(u.charCount) AS chars,
       sum(u.endSec - u.startSec) AS seconds
  WHERE utterances > 0
  RETURN collect({speaker: CASE WHEN sp IS NULL THEN null ELSE sp ${ENTITY_PROJECTION} END,
                  role: role, utterances: utterances, chars: chars, seconds: seconds}) AS talk
}
CALL (s) {
  OPTIONAL MATCH (s)-[:HAS_UTTERANCE]->(:Utterance)-[:MENTIONS]->(e:Topic)
  WITH e, count(e) AS n WHERE e IS NOT NULL
  ORDER BY n DESC, e.name
  RETURN collect({entity: e ${ENTITY_PROJECTION}, mentions: n}) AS topics
}
RETURN t {.*} AS transcript, s {.*} AS segment, people, talk, topics
ORDER BY t.date, t.id, s.ordinal`;

/**
 * The organisers' view of one transcript or of every transcript of a day, in one query: the
 * timeline of segments with kind, hosts, guests, talk share per speaker, unidentified speech
 * and topics; plus the same totals per transcript.
 */
export async function coverage(
  graph: Graph,
  scope: { transcriptId?: string | null; date?: string | null },
  options: { topicLimit?: number } = {},
): Promise<TranscriptCoverage[]> {
  const rows = await graph.query<CoverageRow>(COVERAGE, {
    transcriptId: scope.transcriptId ?? null,
    date: scope.date ?? null,
  });
  return shapeCoverage(rows, options.topicLimit ?? 5);
}

/** Merges talk rows per speaker and computes shares; segments stay in timeline order. Pure. */
export function shapeCoverage(rows: CoverageRow[], topicLimit: number): TranscriptCoverage[] {
  const out = new Map<
    string,
    { transcript: TranscriptProps; segments: SegmentCoverage[]; talk: TalkRow[] }
  >();
  for (const row of rows) {
    let t = out.get(row.transcript.id);
    if (!t)
      out.set(row.transcript.id, (t = { transcript: row.transcript, segments: [], talk: [] }));
    t.talk.push(...row.talk);
    const { speakers, unidentified } = shares(row.talk);
    t.segments.push({
      segment: row.segment,
      hosts: row.people.filter((p) => p.role === 'host').map((p) => p.person),
      guests: row.people.filter((p) => p.role === 'guest').map((p) => p.person),
      speakers,
      unidentified,
      topics: row.topics.slice(0, topicLimit),
    });
  }
  return [...out.values()].map(({ transcript, segments, talk }) => {
    const topicCounts = new Map<string, { entity: EntityProps; mentions: number }>();
    for (const s of segments) {
      for (const topic of rows.find((r) => r.segment.id === s.segment.id)?.topics ?? []) {
        const c = topicCounts.get(topic.entity.id) ?? { entity: topic.entity, mentions: 0 };
        c.mentions += topic.mentions;
        topicCounts.set(topic.entity.id, c);
      }
    }
    return {
      transcript,
      segments,
      ...shares(talk),
      topics: [...topicCounts.values()]
        .sort((a, b) => b.mentions - a.mentions || a.entity.name.localeCompare(b.entity.name))
        .slice(0, topicLimit),
    };
  });
}

function shares(talk: TalkRow[]): { speakers: TalkShare[]; unidentified: TalkShare | null } {
  const total = talk.reduce((n, r) => n + r.chars, 0);
  const by = new Map<string, TalkShare>();
  for (const r of talk) {
    const key = r.speaker?.id ?? '';
    const s = by.get(key) ?? {
      speaker: r.speaker,
      utterances: 0,
      chars: 0,
      seconds: 0,
      share: 0,
      roles: [],
    };
    s.utterances += r.utterances;
    s.chars += r.chars;
    s.seconds += r.seconds;
    if (!s.roles.includes(r.role)) s.roles.push(r.role);
    by.set(key, s);
  }
  for (const s of by.values()) {
    s.share = total ? s.chars / total : 0;
    s.roles.sort();
  }
  const unidentified = by.get('') ?? null;
  by.delete('');
  const speakers = [...by.values()].sort(
    (a, b) => b.chars - a.chars || (a.speaker?.name ?? '').localeCompare(b.speaker?.name ?? ''),
  );
  return { speakers, unidentified };
}

export interface ConferenceDay {
  date: string | null;
  transcriptIds: string[];
  durationSec: number;
}

const CONFERENCE_DAYS = `
MATCH (t:Transcript) WHERE t.complete
WITH t ORDER BY t.date, t.id
RETURN t.date AS date, collect(t.id) AS transcriptIds, sum(t.durationSec) AS durationSec
ORDER BY date`;

/** The days of the conference with their transcripts (undated transcripts under null, last). */
export async function conferenceDays(graph: Graph): Promise<ConferenceDay[]> {
  return graph.query<ConferenceDay>(CONFERENCE_DAYS);
}
