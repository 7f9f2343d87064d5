import {
  conferenceDays,
  coverage,
  type ConferenceDay,
  type EntityProps,
  type SegmentCoverage,
  type TalkShare,
  type TranscriptCoverage,
} from '@discourse/graph';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { entityId, isoDate, withDefaults } from '../validation.ts';
import { Person } from './person.ts';
import { Segment } from './segment.ts';
import { Topic } from './topic.ts';
import { Transcript } from './transcript.ts';

const TalkShareRef = builder.objectRef<TalkShare>('TalkShare').implement({
  description: 'How much one speaker (or unidentified speech) talked.',
  fields: (t) => ({
    speaker: t.field({
      type: Person,
      nullable: true,
      description: 'The speaker; null for unidentified speech.',
      resolve: (s) => s.speaker,
    }),
    utterances: t.exposeInt('utterances', { description: 'Utterances.' }),
    chars: t.exposeInt('chars', { description: 'Characters spoken.' }),
    seconds: t.exposeFloat('seconds', { description: 'Seconds spoken.' }),
    share: t.exposeFloat('share', { description: 'Share of the characters spoken, 0–1.' }),
    roles: t.exposeStringList('roles', {
      description: 'Roles the utterances carry (host, guest, narrator, unknown, …).',
    }),
  }),
});

const TopicMentions = builder
  .objectRef<{ entity: EntityProps; mentions: number }>('TopicMentions')
  .implement({
    description: 'A topic and how often it was mentioned.',
    fields: (t) => ({
      topic: t.field({ type: Topic, description: 'The topic.', resolve: (m) => m.entity }),
      mentions: t.exposeInt('mentions', { description: 'Mentions.' }),
    }),
  });

const SegmentCoverageRef = builder.objectRef<SegmentCoverage>('SegmentCoverage').implement({
  description: 'One step of the timeline: a segment with its people, talk shares and topics.',
  fields: (t) => ({
    segment: t.field({
      type: Segment,
      description: 'The segment (kind, title, times).',
      resolve: (c) => c.segment,
    }),
    hosts: t.field({
      type: [Person],
      description: 'Hosts or moderators.',
      resolve: (c) => c.hosts,
    }),
    guests: t.field({
      type: [Person],
      description: 'Featured guests and speakers.',
      resolve: (c) => c.guests,
    }),
    speakers: t.field({
      type: [TalkShareRef],
      description: 'Identified speakers, most talk first.',
      resolve: (c) => c.speakers,
    }),
    unidentified: t.field({
      type: TalkShareRef,
      nullable: true,
      description: 'Speech no speaker was identified for; null when there is none.',
      resolve: (c) => c.unidentified,
    }),
    topics: t.field({
      type: [TopicMentions],
      description: 'Most mentioned topics (at most topicLimit).',
      resolve: (c) => c.topics,
    }),
  }),
});

const TranscriptCoverageRef = builder
  .objectRef<TranscriptCoverage>('TranscriptCoverage')
  .implement({
    description:
      "The organisers' view of one transcript: timeline of segments, talk shares, gaps in attribution.",
    fields: (t) => ({
      transcript: t.field({
        type: Transcript,
        description: 'The transcript.',
        resolve: (c) => c.transcript,
      }),
      segments: t.field({
        type: [SegmentCoverageRef],
        description: 'Segments in time order.',
        resolve: (c) => c.segments,
      }),
      speakers: t.field({
        type: [TalkShareRef],
        description: 'Identified speakers over the whole transcript, most talk first.',
        resolve: (c) => c.speakers,
      }),
      unidentified: t.field({
        type: TalkShareRef,
        nullable: true,
        description: 'Unidentified speech over the whole transcript; null when there is none.',
        resolve: (c) => c.unidentified,
      }),
      topics: t.field({
        type: [TopicMentions],
        description: 'Most mentioned topics.',
        resolve: (c) => c.topics,
      }),
    }),
  });

/** Arguments of `coverage`, shared with GET /export/coverage.csv. */
export const coverageArgs = z
  .object({
    transcriptId: entityId.nullish(),
    date: isoDate.nullish(),
    topicLimit: z.number().int().min(0).max(50).default(5),
  })
  .refine((a) => Boolean(a.transcriptId) !== Boolean(a.date), {
    message: 'give either transcriptId or date',
    path: ['transcriptId'],
  });

builder.queryField('coverage', (t) =>
  t.field({
    type: [TranscriptCoverageRef],
    description:
      'For organisers: per transcript (or every transcript of a day) the timeline of segments with kind, hosts, guests, talk share per speaker, topics and unidentified speech.',
    args: t.validate(
      {
        transcriptId: t.arg.id({ description: 'One transcript.' }),
        date: t.arg({ type: 'Date', description: 'Every transcript of this day.' }),
        topicLimit: t.arg.int({ description: 'Topics per segment and transcript (default 5).' }),
      },
      withDefaults(coverageArgs),
    ),
    resolve: (_root, args, ctx) => coverage(ctx.graph, args, args),
  }),
);

const ConferenceDayRef = builder.objectRef<ConferenceDay>('ConferenceDay').implement({
  description: 'A day of the conference and its transcripts.',
  fields: (t) => ({
    date: t.field({
      type: 'Date',
      nullable: true,
      description: 'The day; null groups undated transcripts.',
      resolve: (d) => d.date,
    }),
    durationSec: t.exposeFloat('durationSec', {
      description: 'Total length of its transcripts, in seconds.',
    }),
    transcripts: t.field({
      type: [Transcript],
      description: 'Its transcripts (one batched query when selected).',
      resolve: (d) => d.transcriptIds,
    }),
  }),
});

builder.queryField('conferenceDays', (t) =>
  t.field({
    type: [ConferenceDayRef],
    description: 'The days of the conference in order, each with its transcripts.',
    resolve: (_root, _args, ctx) => conferenceDays(ctx.graph),
  }),
);
