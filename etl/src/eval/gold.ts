/**
 * Gold files: hand-checked annotations of one line range of a transcript
 * (../shared/eval/README.md, "Gold format"), and their merge into one gold per evaluation run,
 * exactly as score.py's load_gold does it.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { STANCES } from '@discourse/graph';
import { norm } from './score.ts';

const line = z.number().int().min(1);

const goldSegmentSchema = z.object({
  id: z.string(),
  startLine: line,
  endLine: line,
  /** Usually one of SEGMENT_KINDS; any string is accepted, as score.py does. */
  kind: z.string(),
  /** The segment began before the annotated range: its start is not a boundary to find. */
  continuesFromBefore: z.boolean().default(false),
  continuesAfter: z.boolean().default(false),
  title: z.string().default(''),
  /** Canonical names, or `host:unnamed-N` when the host never says their name. */
  hosts: z.array(z.string()).default([]),
  guests: z
    .array(
      z.object({
        name: z.string(),
        affiliation: z.string().nullable().default(null),
        role: z.string().nullable().default(null),
      }),
    )
    .default([]),
  mainTopics: z.array(z.string()).default([]),
});

/** Fields every gold entity has; `variants` are surface spellings, ASR errors included. */
const entityFields = {
  canonical: z.string().min(1),
  variants: z.array(z.string()).default([]),
  firstLine: line,
};

const goldPersonSchema = z.object({
  ...entityFields,
  affiliation: z.string().nullable().default(null),
  role: z.string().nullable().default(null),
  kind: z.string().default('mentioned'),
});

const goldOrganizationSchema = z.object({
  ...entityFields,
  /** company, university, research-lab, media, event, government, other, ... */
  type: z.string().default('other'),
});

const goldOtherEntitySchema = z.object(entityFields);

const goldTurnSchema = z.object({
  line,
  /** The first characters of the turn, verbatim; the turn starts where they first occur. */
  anchor: z.string(),
  /** Canonical name | `host:<name>` | `host:unnamed-N` | narrator | music | unknown. */
  speaker: z.string(),
});

const goldClaimSchema = z.object({
  line,
  speaker: z.string(),
  topics: z.array(z.string()),
  /** Verbatim substring of the line. */
  text: z.string(),
  stance: z.enum(STANCES),
});

export const goldFileSchema = z.object({
  /** 1-based first and last line of the source file that this file annotates. */
  range: z.tuple([line, line]),
  segments: z.array(goldSegmentSchema),
  people: z.array(goldPersonSchema),
  organizations: z.array(goldOrganizationSchema),
  models: z.array(goldOtherEntitySchema),
  topics: z.array(goldOtherEntitySchema),
  turns: z.array(goldTurnSchema),
  claims: z.array(goldClaimSchema),
  asrErrors: z.array(z.object({ seen: z.string(), meant: z.string(), line })),
  /** The annotator's doubts. */
  notes: z.string(),
});

export type GoldFile = z.infer<typeof goldFileSchema>;
export type GoldSegment = GoldFile['segments'][number];
export type GoldPerson = GoldFile['people'][number];
export type GoldOrganization = GoldFile['organizations'][number];
export type GoldTurn = GoldFile['turns'][number];
export type GoldClaim = GoldFile['claims'][number];

/** One gold entity per normalised canonical name; `variants` include the canonical. */
export interface MergedGoldEntity {
  canonical: string;
  variants: string[];
}

/** Several gold files of one transcript, merged: what the scorer compares against. */
export interface MergedGold {
  ranges: [number, number][];
  segments: GoldSegment[];
  person: MergedGoldEntity[];
  organization: MergedGoldEntity[];
  model: MergedGoldEntity[];
  topic: MergedGoldEntity[];
  turns: GoldTurn[];
  claims: GoldClaim[];
}

/** Input of the merge: only what it reads, so tests can build golds in a few lines. */
export type GoldInput = Pick<GoldFile, 'range' | 'segments' | 'turns' | 'claims'> & {
  people: { canonical: string; variants: string[] }[];
  organizations: { canonical: string; variants: string[] }[];
  models: { canonical: string; variants: string[] }[];
  topics: { canonical: string; variants: string[] }[];
};

/**
 * Concatenates the files in order, then keeps one entity per type and normalised canonical name
 * (the first spelling of the canonical wins) with the union of the variants and canonicals.
 */
export function mergeGold(files: GoldInput[]): MergedGold {
  const mergeEntities = (list: { canonical: string; variants: string[] }[]) => {
    const merged = new Map<string, { canonical: string; variants: Set<string> }>();
    for (const e of list) {
      const key = norm(e.canonical);
      let m = merged.get(key);
      if (!m) merged.set(key, (m = { canonical: e.canonical, variants: new Set() }));
      for (const v of e.variants) m.variants.add(v);
      m.variants.add(e.canonical);
    }
    return [...merged.values()].map((m) => ({ canonical: m.canonical, variants: [...m.variants] }));
  };
  return {
    ranges: files.map((f) => [f.range[0], f.range[1]]),
    segments: files.flatMap((f) => f.segments),
    person: mergeEntities(files.flatMap((f) => f.people)),
    organization: mergeEntities(files.flatMap((f) => f.organizations)),
    model: mergeEntities(files.flatMap((f) => f.models)),
    topic: mergeEntities(files.flatMap((f) => f.topics)),
    turns: files.flatMap((f) => f.turns),
    claims: files.flatMap((f) => f.claims),
  };
}

/** Reads and validates gold files and merges them; throws naming the file that is invalid. */
export function loadGold(paths: string[]): MergedGold {
  return mergeGold(
    paths.map((path) => {
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(path, 'utf8'));
      } catch (e) {
        throw new Error(`${path}: cannot read gold file: ${(e as Error).message}`);
      }
      const parsed = goldFileSchema.safeParse(json);
      if (!parsed.success) {
        throw new Error(`${path}: invalid gold file\n${z.prettifyError(parsed.error)}`);
      }
      return parsed.data;
    }),
  );
}
