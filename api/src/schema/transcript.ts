import {
  countTranscripts,
  listTranscripts,
  segmentsOfTranscripts,
  transcriptsById,
  type TranscriptProps,
} from '@discourse/graph';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { z } from 'zod';
import { groupBy } from '../batch.ts';
import { builder } from '../builder.ts';
import { Segment } from './segment.ts';
import { UtteranceConnection, utterancePage } from './utterance.ts';

/** A transcript, loaded in batches by id. */
export const Transcript = builder.loadableObjectRef('Transcript', {
  load: (ids: string[], ctx) => transcriptsById(ctx.graph, ids),
  sort: (t: TranscriptProps) => t.id,
});

Transcript.implement({
  description: 'One transcribed session (or one part of it), as loaded from a corpus file.',
  fields: (t) => ({
    id: t.exposeID('id', {
      description: 'Stable transcript key, derived from the source file name.',
    }),
    title: t.exposeString('title', { description: 'Title line of the transcript as written.' }),
    sessionTitle: t.exposeString('sessionTitle', {
      description: 'Title of the session, without part or date.',
    }),
    part: t.exposeString('part', {
      nullable: true,
      description: 'Part label (e.g. 上半场), when the session is split.',
    }),
    date: t.field({
      type: 'Date',
      nullable: true,
      description: 'Date of the session, when the source states it.',
      resolve: (tr) => tr.date,
    }),
    language: t.exposeString('language', {
      description: 'Main language code of the transcript (zh, en).',
    }),
    lineCount: t.exposeInt('lineCount', { description: 'Number of lines of the source text.' }),
    charCount: t.exposeInt('charCount', {
      description: 'Number of characters of the source text.',
    }),
    durationSec: t.exposeFloat('durationSec', { description: 'Length of the session in seconds.' }),
    timeBasis: t.exposeString('timeBasis', {
      description:
        '`subtitles` when times come from cues, `estimated` when derived from character offsets.',
    }),
    segments: t.loadableList({
      type: Segment,
      description: 'The segments of the session in order (interview, panel, speech, …).',
      load: async (ids: string[], ctx) =>
        groupBy(ids, await segmentsOfTranscripts(ctx.graph, ids), (s) => s.transcriptId),
      resolve: (tr) => tr.id,
    }),
    utterances: t.loadable({
      type: UtteranceConnection,
      description:
        'The text of the session as speaker turns in reading order (line, then column), each with its speaker, mentions and claims; one Cypher query per page, batched across transcripts.',
      byPath: true,
      args: {
        ...t.arg.connectionArgs(),
        fromLine: t.arg.int({
          description:
            'Start the page at the utterance that contains this line (or the next one), e.g. for a link to line 3001; not with `after` or `before`.',
          validate: z.number().int().min(1, 'lines are counted from 1').nullish(),
        }),
      },
      load: (ids: string[], ctx, args) => utterancePage(ids, args, ctx),
      resolve: (tr) => tr.id,
    }),
  }),
});

builder.queryFields((t) => ({
  transcripts: t.connection(
    {
      type: Transcript,
      description: 'Completely loaded transcripts, by date then id.',
      resolve: (_root, args, ctx) =>
        resolveOffsetConnection({ args }, ({ offset, limit }) =>
          listTranscripts(ctx.graph, { skip: offset, limit }),
        ),
    },
    {
      name: 'TranscriptConnection',
      description: 'A page of transcripts.',
      fields: (c) => ({
        totalCount: c.int({
          description: 'Number of transcripts in the whole list (one extra query when selected).',
          resolve: (_conn, _args, ctx) => countTranscripts(ctx.graph),
        }),
      }),
    },
    { name: 'TranscriptEdge', description: 'A transcript in a page, with its cursor.' },
  ),
  transcript: t.field({
    type: Transcript,
    nullable: true,
    description: 'One transcript by id; null when there is none.',
    args: { id: t.arg.id({ required: true, description: 'Transcript id.' }) },
    resolve: (_root, args) => String(args.id),
  }),
}));
