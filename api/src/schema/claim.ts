import {
  STANCES,
  claimsById,
  countClaims,
  listClaims,
  type ClaimFilter,
  type ClaimRow,
  type SegmentProps,
  type Stance,
  type TranscriptProps,
} from '@discourse/graph';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { entityId } from '../validation.ts';
import { connectionFromPage, pageWindow, type PageArgs } from '../connection.ts';
import { Entity } from './entity.ts';
import { Person } from './person.ts';
import { Segment } from './segment.ts';
import { Topic } from './topic.ts';
import { Transcript } from './transcript.ts';
import { Utterance, type UtteranceShape } from './utterance.ts';

const STANCE_DESCRIPTIONS: Record<Stance, string> = {
  positive: 'In favour, optimistic.',
  negative: 'Against, dismissive.',
  neutral: 'Descriptive, no position.',
  concern: 'Worried about a risk.',
  prediction: 'A forecast about what will happen.',
};

export const StanceEnum = builder.enumType('Stance', {
  description: 'The position a claim takes.',
  values: Object.fromEntries(
    STANCES.map((s) => [s.toUpperCase(), { value: s, description: STANCE_DESCRIPTIONS[s] }]),
  ) as Record<string, { value: Stance; description: string }>,
});

/** A claim; queries that already hold its transcript, segment and utterance pass them along. */
export type ClaimShape = ClaimRow & {
  transcript?: TranscriptProps;
  segment?: SegmentProps;
  utterance?: UtteranceShape;
};

/** A claim, loaded in batches by id. */
export const Claim = builder.loadableObjectRef('Claim', {
  load: (ids: string[], ctx) => claimsById(ctx.graph, ids),
  sort: (c: ClaimRow) => c.id,
});

Claim.implement({
  description:
    'A statement a speaker made, with its stance and what it is about, traceable to its line.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable claim id (utterance id and position).' }),
    text: t.exposeString('text', { description: 'The claim, verbatim from the transcript.' }),
    stance: t.field({
      type: StanceEnum,
      description: 'Position the claim takes.',
      resolve: (c) => c.stance,
    }),
    confidence: t.exposeFloat('confidence', { description: 'Confidence of the extraction, 0–1.' }),
    line: t.exposeInt('line', { description: 'Line (1-based) of the claim in the transcript.' }),
    column: t.exposeInt('column', {
      description: 'Column (1-based, code points) where the claim starts.',
    }),
    startSec: t.exposeFloat('startSec', {
      description: 'Time of the utterance, in seconds from the session start.',
    }),
    transcript: t.field({
      type: Transcript,
      description: 'The transcript it was stated in.',
      resolve: (c: ClaimShape) => c.transcript ?? c.transcriptId,
    }),
    segment: t.field({
      type: Segment,
      nullable: true,
      description: 'The segment it was stated in.',
      resolve: (c: ClaimShape) => c.segment ?? c.segmentId,
    }),
    utterance: t.field({
      type: Utterance,
      description: 'The whole utterance the claim was taken from.',
      resolve: (c: ClaimShape) => c.utterance ?? c.utteranceId,
    }),
    speaker: t.field({
      type: Person,
      nullable: true,
      description: 'Who made the claim; null when the speaker is unidentified.',
      resolve: (c) => c.speakerId,
    }),
    topics: t.field({
      type: [Topic],
      description: 'Topics the claim is about.',
      resolve: (c) => c.topicIds,
    }),
    entities: t.field({
      type: [Entity],
      description: 'People, organisations and models the claim names.',
      resolve: (c) => c.entityIds,
    }),
  }),
});

/** Shape of a claim page: the relay connection plus its total. */
export interface ClaimPage {
  totalCount: number | null;
  filter?: ClaimFilter;
  edges: { cursor: string; node: ClaimRow }[];
  pageInfo: {
    hasPreviousPage: boolean;
    hasNextPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

export const ClaimConnection = builder.connectionObject(
  {
    type: Claim,
    name: 'ClaimConnection',
    description: 'A page of claims.',
    fields: (t) => ({
      totalCount: t.int({
        description: 'Number of claims in the whole list.',
        resolve: (conn, _args, ctx) => {
          const page = conn as unknown as ClaimPage;
          return page.totalCount ?? countClaims(ctx.graph, page.filter ?? {});
        },
      }),
    }),
  },
  { name: 'ClaimEdge', description: 'A claim in a page, with its cursor.' },
);

/** One page per entity from a batched query (see claimsOfEntities). */
export async function claimPage(
  ids: readonly string[],
  args: PageArgs,
  fetch: (page: {
    skip: number;
    limit: number;
  }) => Promise<{ entityId: string; claims: ClaimRow[]; total: number }[]>,
): Promise<ClaimPage[]> {
  const page = pageWindow(args);
  const rows = new Map((await fetch(page)).map((r) => [r.entityId, r]));
  return ids.map((id) => {
    const row = rows.get(id);
    return connectionFromPage(row?.claims ?? [], page.skip, row?.total ?? 0);
  });
}

const ClaimFilterInput = builder.inputType('ClaimFilter', {
  description: 'Restricts a claim list; every given field must match.',
  fields: (t) => ({
    transcriptId: t.id({ description: 'Only claims from this transcript.' }),
    speakerId: t.id({ description: 'Only claims made by this person.' }),
    entityId: t.id({ description: 'Only claims about this topic or naming this entity.' }),
    stance: t.field({ type: StanceEnum, description: 'Only claims with this stance.' }),
  }),
});

builder.queryFields((t) => ({
  claims: t.field({
    type: ClaimConnection,
    description:
      'Claims in transcript order, optionally filtered by transcript, speaker, entity and stance.',
    args: {
      ...t.arg.connectionArgs(),
      filter: t.arg({
        type: ClaimFilterInput,
        description: 'Conditions every returned claim meets.',
        validate: z
          .object({
            transcriptId: entityId.nullish(),
            speakerId: entityId.nullish(),
            entityId: entityId.nullish(),
            stance: z.enum(STANCES).nullish(),
          })
          .nullish(),
      }),
    },
    resolve: async (_root, args, ctx) => {
      const filter: ClaimFilter = {
        transcriptId: args.filter?.transcriptId ? String(args.filter.transcriptId) : null,
        speakerId: args.filter?.speakerId ? String(args.filter.speakerId) : null,
        entityId: args.filter?.entityId ? String(args.filter.entityId) : null,
        stance: args.filter?.stance ?? null,
      };
      const page = await resolveOffsetConnection({ args }, ({ offset, limit }) =>
        listClaims(ctx.graph, filter, { skip: offset, limit }),
      );
      return { ...page, totalCount: null, filter } as unknown as ClaimPage;
    },
  }),
  claim: t.field({
    type: Claim,
    nullable: true,
    description: 'One claim by id; null when there is none.',
    args: { id: t.arg.id({ required: true, description: 'Claim id.' }) },
    resolve: (_root, args) => String(args.id),
  }),
}));

/** Counts of claims per stance (every stance present, zeros included). */
export const StanceCounts = builder.objectRef<Record<Stance, number>>('StanceCounts').implement({
  description: 'How many claims take each stance.',
  fields: (t) => ({
    positive: t.exposeInt('positive', { description: STANCE_DESCRIPTIONS.positive }),
    negative: t.exposeInt('negative', { description: STANCE_DESCRIPTIONS.negative }),
    neutral: t.exposeInt('neutral', { description: STANCE_DESCRIPTIONS.neutral }),
    concern: t.exposeInt('concern', { description: STANCE_DESCRIPTIONS.concern }),
    prediction: t.exposeInt('prediction', { description: STANCE_DESCRIPTIONS.prediction }),
  }),
});
