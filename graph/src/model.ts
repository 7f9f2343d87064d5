/**
 * Properties of each node label, as stored. Ids are the project's own: derived from
 * content (transcript key, line, column, canonical name), never Neo4j element ids.
 */

export const ENTITY_TYPES = ['person', 'organization', 'model', 'topic'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The only labels an entity query may interpolate into Cypher. */
export const ENTITY_LABEL: Record<EntityType, string> = {
  person: 'Person',
  organization: 'Organization',
  model: 'Model',
  topic: 'Topic',
};

export const SEGMENT_KINDS = [
  'interview',
  'panel',
  'speech',
  'ceremony',
  'promo',
  'music',
  'report',
  'host-monologue',
] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

export const STANCES = ['positive', 'negative', 'neutral', 'concern', 'prediction'] as const;
export type Stance = (typeof STANCES)[number];

export type SpeakerRole = 'host' | 'guest' | 'narrator' | 'music' | 'unknown';

export interface TranscriptProps {
  id: string;
  title: string;
  sessionTitle: string;
  part: string | null;
  /** ISO date (YYYY-MM-DD) of the session, when the source says it. */
  date: string | null;
  language: string;
  source: string;
  format: string;
  lineCount: number;
  charCount: number;
  contentHash: string;
  durationSec: number;
  /** 'subtitles' when times come from cues, 'estimated' when from character offsets. */
  timeBasis: string;
  charsPerSecond: number;
}

export interface SegmentProps {
  id: string;
  transcriptId: string;
  ordinal: number;
  kind: SegmentKind;
  title: string;
  startLine: number;
  endLine: number;
  startSec: number;
  endSec: number;
  charCount: number;
  confidence: number;
}

export interface UtteranceProps {
  id: string;
  transcriptId: string;
  segmentId: string;
  ordinal: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
  role: SpeakerRole;
  speakerConfidence: number;
  startSec: number;
  endSec: number;
  charCount: number;
}

export interface EntityProps {
  id: string;
  type: EntityType;
  name: string;
  /** Known aliases from the lexicon (other script, other language). */
  aliases: string[];
  /** Every surface form seen in transcripts, recomputed from mentions on load. */
  variants: string[];
  /** Toneless pinyin of the name, aliases and variants, for ASR-tolerant search. */
  pinyin: string;
  role: string | null;
  affiliation: string | null;
}

export interface ClaimProps {
  id: string;
  transcriptId: string;
  utteranceId: string;
  text: string;
  line: number;
  column: number;
  stance: Stance;
  confidence: number;
  startSec: number;
}

/** One occurrence of an entity in an utterance, with how its surface was resolved. */
export interface MentionRow {
  utteranceId: string;
  entityId: string;
  surface: string;
  line: number;
  column: number;
  method: string;
  confidence: number;
}

/** Everything one transcript contributes to the graph; loaded in one transaction. */
export interface TranscriptGraph {
  transcript: TranscriptProps;
  segments: SegmentProps[];
  utterances: (UtteranceProps & { speakerId: string | null })[];
  entities: EntityProps[];
  mentions: MentionRow[];
  claims: (ClaimProps & { speakerId: string | null; topicIds: string[]; entityIds: string[] })[];
  segmentPeople: { segmentId: string; personId: string; role: 'host' | 'guest' }[];
  affiliations: { personId: string; organizationId: string }[];
}
