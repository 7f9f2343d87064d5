import {
  utterancePages,
  utterancesById,
  type ClaimRow,
  type MentionRow,
  type SegmentProps,
  type TranscriptProps,
  type UtteranceRow,
} from '@discourse/graph';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { badUserInput } from '../errors.ts';
import { connectionFromPage, pageWindow, type PageArgs } from '../connection.ts';
import { utteranceClaimsLoader, utteranceMentionsLoader } from '../loaders.ts';
import { Claim } from './claim.ts';
import { Entity } from './entity.ts';
import { Mention } from './mention.ts';
import { Person } from './person.ts';
import { Segment } from './segment.ts';
import { Transcript } from './transcript.ts';

/**
 * An utterance; queries that already hold its transcript, segment, mentions or claims pass
 * them along (a transcript's page of utterances brings mentions and claims).
 */
export type UtteranceShape = UtteranceRow & {
  transcript?: TranscriptProps;
  segment?: SegmentProps;
  mentions?: MentionRow[];
  claims?: ClaimRow[];
};

export const Utterance = builder.loadableObjectRef('Utterance', {
  load: (ids: string[], ctx) => utterancesById(ctx.graph, ids),
  sort: (u: UtteranceRow) => u.id,
});

Utterance.implement({
  description: 'One speaker turn, verbatim, with its place in the transcript (line, column, time).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable utterance id (transcript key and line).' }),
    text: t.exposeString('text', {
      description:
        'What was said. Line i of the text (split at newlines) is transcript line `line + i`; blank lines stay empty and jingle or emoji markers are left out.',
    }),
    line: t.exposeInt('line', { description: 'First line (1-based) in the transcript.' }),
    column: t.exposeInt('column', { description: 'First column (1-based, code points).' }),
    endLine: t.exposeInt('endLine', { description: 'Last line (1-based).' }),
    endColumn: t.exposeInt('endColumn', { description: 'Column just after the last character.' }),
    startSec: t.exposeFloat('startSec', {
      description: 'Start, in seconds from the session start.',
    }),
    endSec: t.exposeFloat('endSec', { description: 'End, in seconds from the session start.' }),
    charCount: t.exposeInt('charCount', { description: 'Number of characters.' }),
    role: t.exposeString('role', {
      description: 'Role the speaker had: host, guest, narrator, music or unknown.',
    }),
    speakerConfidence: t.exposeFloat('speakerConfidence', {
      description: 'Confidence of the speaker attribution, 0–1 (0 when unidentified).',
    }),
    speaker: t.field({
      type: Person,
      nullable: true,
      description: 'Who said it; null when unidentified.',
      resolve: (u: UtteranceShape) => u.speakerId ?? null,
    }),
    transcript: t.field({
      type: Transcript,
      description: 'The transcript.',
      resolve: (u: UtteranceShape) => u.transcript ?? u.transcriptId,
    }),
    segment: t.field({
      type: Segment,
      description: 'The segment.',
      resolve: (u: UtteranceShape) => u.segment ?? u.segmentId,
    }),
    mentions: t.field({
      type: [Mention],
      description:
        'Entities the utterance names, by line and column, with the spelling heard (batched).',
      resolve: (u: UtteranceShape, _args, ctx) =>
        u.mentions ?? utteranceMentionsLoader(ctx).load(u.id),
    }),
    claims: t.field({
      type: [Claim],
      description: 'Claims stated in the utterance, by line and column (batched).',
      resolve: (u: UtteranceShape, _args, ctx) => u.claims ?? utteranceClaimsLoader(ctx).load(u.id),
    }),
  }),
});

/** Shape of a page of utterances: the relay connection plus the transcript's total. */
interface UtterancePage {
  totalCount: number;
  edges: { cursor: string; node: UtteranceShape }[];
}

export const UtteranceConnection = builder.connectionObject(
  {
    type: Utterance,
    name: 'UtteranceConnection',
    description: 'A page of utterances in reading order (line, then column).',
    fields: (t) => ({
      totalCount: t.int({
        description: 'Number of utterances in the whole transcript.',
        resolve: (conn) => (conn as unknown as UtterancePage).totalCount,
      }),
    }),
  },
  { name: 'UtteranceEdge', description: 'An utterance in a page, with its cursor.' },
);

/** Arguments of Transcript.utterances: relay paging, or a first page starting at a line. */
export interface UtterancePageArgs extends PageArgs {
  fromLine?: number | null;
}

/**
 * The same page of utterances for each of several transcripts, from one query that brings
 * speakers, mentions and claims along. The entities the pages name prime the entity loader,
 * so speakers, mentioned entities and claim topics cost no further query.
 */
export async function utterancePage(
  ids: readonly string[],
  args: UtterancePageArgs,
  ctx: Context,
) {
  if (args.fromLine != null && (args.after || args.before)) {
    throw badUserInput('fromLine starts a page; it cannot be combined with after or before');
  }
  const window = { ...pageWindow(args), fromLine: args.fromLine };
  const pages = new Map(
    (await utterancePages(ctx.graph, ids, window)).map((p) => [p.transcriptId, p]),
  );
  const entities = Entity.getDataloader(ctx);
  for (const p of pages.values()) for (const e of p.entities) entities.prime(e.id, e);
  return ids.map((id) => {
    const page = pages.get(id);
    return connectionFromPage<UtteranceShape>(
      page?.utterances ?? [],
      page?.start ?? window.skip,
      page?.total ?? 0,
    );
  });
}

builder.queryField('utterance', (t) =>
  t.field({
    type: Utterance,
    nullable: true,
    description: 'One utterance by id; null when there is none.',
    args: { id: t.arg.id({ required: true, description: 'Utterance id.' }) },
    resolve: (_root, args) => String(args.id),
  }),
);
