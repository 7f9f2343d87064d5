import { SEGMENT_KINDS, segmentsById, type SegmentKind, type SegmentProps } from '@discourse/graph';
import { builder } from '../builder.ts';
import { segmentPeopleLoader } from '../loaders.ts';
import { Person } from './person.ts';
import { Transcript } from './transcript.ts';

const KIND_DESCRIPTIONS: Record<SegmentKind, string> = {
  interview: 'A host talks with one or more guests.',
  panel: 'A moderated discussion among several guests.',
  speech: 'One speaker presents (keynote, talk).',
  ceremony: 'Openings, awards, signings.',
  promo: 'Sponsor or programme promotion.',
  music: 'Music or jingle, no speech of substance.',
  report: 'A reporter or narrator summarises.',
  'host-monologue': 'The host speaks alone (introductions, transitions).',
};

/** GraphQL enum names cannot contain '-', so host-monologue becomes HOST_MONOLOGUE. */
export const SegmentKindEnum = builder.enumType('SegmentKind', {
  description: 'What kind of programme a segment is.',
  values: Object.fromEntries(
    SEGMENT_KINDS.map((k) => [
      k.toUpperCase().replace(/-/g, '_'),
      { value: k, description: KIND_DESCRIPTIONS[k] },
    ]),
  ) as Record<string, { value: SegmentKind; description: string }>,
});

/** A segment, loaded in batches by id. */
export const Segment = builder.loadableObjectRef('Segment', {
  load: (ids: string[], ctx) => segmentsById(ctx.graph, ids),
  sort: (s: SegmentProps) => s.id,
});

Segment.implement({
  description:
    'A contiguous part of a transcript with one programme kind (interview, panel, speech, …).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable segment id (transcript key and ordinal).' }),
    ordinal: t.exposeInt('ordinal', {
      description: 'Position of the segment in its transcript, from 0.',
    }),
    kind: t.field({
      type: SegmentKindEnum,
      description: 'Programme kind.',
      resolve: (s) => s.kind,
    }),
    title: t.exposeString('title', { description: 'Title or topic of the segment, as detected.' }),
    startLine: t.exposeInt('startLine', { description: 'First line (1-based) in the transcript.' }),
    endLine: t.exposeInt('endLine', { description: 'Last line (1-based) in the transcript.' }),
    startSec: t.exposeFloat('startSec', {
      description: 'Start, in seconds from the start of the session.',
    }),
    endSec: t.exposeFloat('endSec', {
      description: 'End, in seconds from the start of the session.',
    }),
    charCount: t.exposeInt('charCount', {
      description: 'Number of characters of speech in the segment.',
    }),
    confidence: t.exposeFloat('confidence', {
      description: 'Confidence of the segmentation, 0–1.',
    }),
    transcript: t.field({
      type: Transcript,
      description: 'The transcript this segment belongs to.',
      resolve: (s) => s.transcriptId,
    }),
    hosts: t.field({
      type: [Person],
      description: 'Who hosted or moderated the segment (batched with guests).',
      resolve: async (s, _args, ctx) =>
        (await segmentPeopleLoader(ctx).load(s.id))
          .filter((r) => r.role === 'host')
          .map((r) => r.person),
    }),
    guests: t.field({
      type: [Person],
      description: 'Featured guests and speakers of the segment (batched with hosts).',
      resolve: async (s, _args, ctx) =>
        (await segmentPeopleLoader(ctx).load(s.id))
          .filter((r) => r.role === 'guest')
          .map((r) => r.person),
    }),
  }),
});

builder.queryField('segment', (t) =>
  t.field({
    type: Segment,
    nullable: true,
    description: 'One segment by id; null when there is none.',
    args: { id: t.arg.id({ required: true, description: 'Segment id.' }) },
    resolve: (_root, args) => String(args.id),
  }),
);
