/**
 * The `discourse-extraction/1` export: what `extract --json` writes for one transcript and
 * what the evaluation scores (see ../shared/eval/README.md). Positions point into the original
 * decoded source: `line` is 1-based, `column` is a 0-based index in Unicode code points (not
 * UTF-16 units), so a quote can always be found again in the transcript.
 */
import { z } from 'zod';
import {
  ENTITY_TYPES,
  SEGMENT_KINDS,
  STANCES,
  type EntityType,
  type SegmentKind,
  type Stance,
} from '@discourse/graph';

export const EXPORT_FORMAT = 'discourse-extraction/1';

/** Roles a turn can carry; `null` when the pipeline could not tell. */
export const TURN_ROLES = ['host', 'guest', 'narrator', 'music'] as const;
export type TurnRole = (typeof TURN_ROLES)[number];

export interface ExportTranscript {
  id: string;
  title: string;
  language: 'zh' | 'en';
  /** Number of lines of the source file. */
  lines: number;
}

export interface ExportSegment {
  id: string;
  kind: SegmentKind;
  startLine: number;
  endLine: number;
  title: string;
}

export interface ExportEntity {
  id: string;
  type: EntityType;
  /** The resolved canonical name. */
  name: string;
  /** Every surface form that was resolved to this entity. */
  variants: string[];
}

/** Starts a speaker's stretch of speech, which lasts until the next turn. */
export interface ExportTurn {
  line: number;
  column: number;
  /** Entity id of the speaker, null when unknown. */
  speaker: string | null;
  role: TurnRole | null;
  confidence: number;
}

export interface ExportMention {
  entity: string;
  line: number;
  column: number;
  /** The text exactly as it stands in the source at line/column. */
  surface: string;
}

export interface ExportClaim {
  id: string;
  /** Entity id of the speaker, null when unknown. */
  speaker: string | null;
  /** Entity ids of type topic. */
  topics: string[];
  /** Entity ids of the other entities the claim is about. */
  entities: string[];
  stance: Stance;
  /** Verbatim substring of the source line, starting at `column`. */
  text: string;
  line: number;
  column: number;
  confidence: number;
}

export interface ExtractionExport {
  format: typeof EXPORT_FORMAT;
  transcript: ExportTranscript;
  segments: ExportSegment[];
  entities: ExportEntity[];
  turns: ExportTurn[];
  mentions: ExportMention[];
  claims: ExportClaim[];
}

const line = z.number().int().min(1);
const column = z.number().int().min(0);
const confidence = z.number().min(0).max(1);
const entityId = z.string().min(1);

const schema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    transcript: z.object({
      id: z.string().min(1),
      title: z.string(),
      language: z.enum(['zh', 'en']),
      lines: z.number().int().min(0),
    }),
    segments: z.array(
      z.object({
        id: z.string().min(1),
        kind: z.enum(SEGMENT_KINDS),
        startLine: line,
        endLine: line,
        title: z.string(),
      }),
    ),
    entities: z.array(
      z.object({
        id: entityId,
        type: z.enum(ENTITY_TYPES),
        name: z.string().min(1),
        variants: z.array(z.string()),
      }),
    ),
    turns: z.array(
      z.object({
        line,
        column,
        speaker: entityId.nullable(),
        role: z.enum(TURN_ROLES).nullable(),
        confidence,
      }),
    ),
    mentions: z.array(z.object({ entity: entityId, line, column, surface: z.string() })),
    claims: z.array(
      z.object({
        id: z.string().min(1),
        speaker: entityId.nullable(),
        topics: z.array(entityId),
        entities: z.array(entityId),
        stance: z.enum(STANCES),
        text: z.string(),
        line,
        column,
        confidence,
      }),
    ),
  })
  .superRefine((exp, ctx) => {
    const issue = (path: (string | number)[], message: string): void => {
      ctx.addIssue({ code: 'custom', path, message });
    };
    const ids = new Set<string>();
    exp.entities.forEach((e, i) => {
      if (ids.has(e.id)) issue(['entities', i, 'id'], `duplicate entity id ${e.id}`);
      ids.add(e.id);
    });
    const ref = (id: string | null, path: (string | number)[]): void => {
      if (id !== null && !ids.has(id)) issue(path, `unknown entity id ${id}`);
    };
    exp.segments.forEach((s, i) => {
      if (s.endLine < s.startLine)
        issue(['segments', i, 'endLine'], 'segment ends before it starts');
    });
    exp.turns.forEach((t, i) => ref(t.speaker, ['turns', i, 'speaker']));
    exp.mentions.forEach((m, i) => ref(m.entity, ['mentions', i, 'entity']));
    exp.claims.forEach((c, i) => {
      ref(c.speaker, ['claims', i, 'speaker']);
      c.topics.forEach((id, j) => ref(id, ['claims', i, 'topics', j]));
      c.entities.forEach((id, j) => ref(id, ['claims', i, 'entities', j]));
    });
  });

/**
 * Validates an export, including what a shape cannot say: entity ids are unique, every entity
 * reference (turn and claim speakers, mentions, claim topics and entities) resolves, and no
 * segment ends before it starts. Unknown keys are dropped.
 */
export const exportSchema: z.ZodType<ExtractionExport> = schema;
