import {
  utterancesById,
  type SegmentProps,
  type TranscriptProps,
  type UtteranceRow,
} from '@discourse/graph';
import { builder } from '../builder.ts';
import { Person } from './person.ts';
import { Segment } from './segment.ts';
import { Transcript } from './transcript.ts';

/** An utterance; queries that already hold its transcript and segment pass them along. */
export type UtteranceShape = UtteranceRow & {
  transcript?: TranscriptProps;
  segment?: SegmentProps;
};

export const Utterance = builder.loadableObjectRef('Utterance', {
  load: (ids: string[], ctx) => utterancesById(ctx.graph, ids),
  sort: (u: UtteranceRow) => u.id,
});

Utterance.implement({
  description: 'One speaker turn, verbatim, with its place in the transcript (line, column, time).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable utterance id (transcript key and line).' }),
    text: t.exposeString('text', { description: 'What was said, verbatim.' }),
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
  }),
});

builder.queryField('utterance', (t) =>
  t.field({
    type: Utterance,
    nullable: true,
    description: 'One utterance by id; null when there is none.',
    args: { id: t.arg.id({ required: true, description: 'Utterance id.' }) },
    resolve: (_root, args) => String(args.id),
  }),
);
