/**
 * The data that flows between ETL stages. Every stage is a pure function from one of these
 * to the next (except load). Positions are always into the ORIGINAL decoded text:
 * `line` is 1-based, `index` is a UTF-16 offset into that line (what JS string methods use);
 * the export converts to code-point columns at the very end (see positions.ts).
 */
import type { EntityType, SegmentKind, SpeakerRole, Stance } from '@discourse/graph';

export type { EntityType, SegmentKind, SpeakerRole, Stance };

export type SourceFormat = 'corpus-md' | 'plain' | 'labelled' | 'srt' | 'vtt';
export type Language = 'zh' | 'en';

/** A place in the original text. */
export interface Pos {
  line: number;
  index: number;
}

/** What the first `# ...` line of a corpus file says about the session. */
export interface TitleInfo {
  raw: string | null;
  part: string | null;
  /** ISO date YYYY-MM-DD */
  date: string | null;
  sessionTitle: string;
}

/**
 * One unit of content as the source delimits it: a paragraph of a corpus file, a cue of a
 * subtitle file, or a labelled turn. `text` is the original; `norm` is the normalised copy of
 * EXACTLY the same UTF-16 length (width folded, traditional → simplified, emoji and jingle
 * markers blanked), so an offset into `norm` is an offset into `text`.
 */
export interface Block {
  line: number;
  index: number;
  text: string;
  norm: string;
  language: Language;
  /** Speaker label given by the source (`张三：`, `NAME:`, a VTT voice tag), if any. */
  label: string | null;
  /** Seconds from the start, when the source has timestamps. */
  startSec: number | null;
  endSec: number | null;
  /** Pure non-speech: an image line, a jingle-only line. */
  nonSpeech: boolean;
}

export interface SourceDoc {
  /** Stable transcript key, from the file name. */
  id: string;
  path: string;
  format: SourceFormat;
  encoding: string;
  language: Language;
  title: TitleInfo;
  /** Original decoded lines (without line terminators). */
  lines: string[];
  blocks: Block[];
  contentHash: string;
}

export interface Segment {
  ordinal: number;
  kind: SegmentKind;
  title: string;
  startLine: number;
  endLine: number;
  /** Indices into doc.blocks, [first, last). */
  firstBlock: number;
  endBlock: number;
  confidence: number;
  /** Why the boundary was placed here (rule name), for the run report. */
  reason: string;
}

/** A speaker's stretch of speech, from `start` until the next turn. */
export interface Turn {
  start: Pos;
  /** Surface name as found in the text (before resolution), or null when unknown. */
  speakerSurface: string | null;
  role: SpeakerRole;
  confidence: number;
  /** Which rule decided (self-intro, hand-over, label, ...). */
  method: string;
}

/** A surface mention of an entity candidate. */
export interface Mention {
  type: EntityType;
  surface: string;
  /** Normalised surface used for matching (simplified, half-width). */
  key: string;
  start: Pos;
  length: number;
  /** Rule or lexicon that found it. */
  source: string;
  /** Lexicon canonical name, when a lexicon entry matched. */
  canonical: string | null;
  confidence: number;
}

/** Context the text gives about a person (from introductions). */
export interface PersonFacts {
  surface: string;
  role: string | null;
  affiliation: string | null;
  kind: 'host' | 'guest' | 'mentioned';
  pos: Pos;
}

export interface ResolvedEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** Surface → how it was merged into this entity. */
  variants: { surface: string; method: string; confidence: number }[];
  role: string | null;
  affiliation: string | null;
}

export interface Claim {
  id: string;
  start: Pos;
  text: string;
  speaker: string | null;
  topicIds: string[];
  entityIds: string[];
  stance: Stance;
  confidence: number;
}

/** A problem found while processing, with its place: `file:line:col stage/rule reason`. */
export interface Diagnostic {
  severity: 'warning' | 'error';
  stage: string;
  rule: string;
  message: string;
  pos: Pos | null;
}
