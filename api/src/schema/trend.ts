import {
  ENTITY_TYPES,
  TREND_BUCKETS,
  TREND_SPLITS,
  mentionTrend,
  risingEntities,
  type RisingEntity,
  type RisingResult,
  type Trend,
  type TrendBucket,
  type TrendBucketKind,
  type TrendPoint,
  type TrendSeries,
  type TrendSplit,
} from '@discourse/graph';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { entityId, isoDate, withDefaults } from '../validation.ts';
import { Entity, EntityTypeEnum } from './entity.ts';
import { Person } from './person.ts';
import { Transcript } from './transcript.ts';

const TrendBucketKindEnum = builder.enumType('TrendBucketKind', {
  description: 'How mentions are grouped along time.',
  values: {
    SEGMENT: {
      value: 'segment',
      description: 'One bucket per segment of one transcript (needs transcriptId).',
    },
    MINUTES: {
      value: 'minutes',
      description: 'Fixed windows of `minutes` within one transcript (needs transcriptId).',
    },
    TRANSCRIPT: { value: 'transcript', description: 'One bucket per transcript.' },
    DAY: { value: 'day', description: 'One bucket per conference day.' },
  } satisfies Record<string, { value: TrendBucketKind; description: string }>,
});

const TrendSplitEnum = builder.enumType('TrendSplit', {
  description: 'Whether each entity gets one series or one per speaker or transcript.',
  values: {
    NONE: { value: 'none', description: 'One series per entity.' },
    SPEAKER: {
      value: 'speaker',
      description: 'One series per entity and speaker (unidentified speech has speaker null).',
    },
    TRANSCRIPT: { value: 'transcript', description: 'One series per entity and transcript.' },
  } satisfies Record<string, { value: TrendSplit; description: string }>,
});

/** Arguments of `trend`, shared with GET /export/trend.csv. */
export const trendArgs = z
  .object({
    entityIds: z.array(entityId).min(1, 'give at least one entity').max(10, 'at most 10 entities'),
    bucket: z.enum(TREND_BUCKETS),
    minutes: z.number().int().min(1).max(240).default(5),
    transcriptId: entityId.nullish(),
    from: isoDate.nullish(),
    to: isoDate.nullish(),
    split: z.enum(TREND_SPLITS).default('none'),
  })
  .refine((a) => !(a.bucket === 'segment' || a.bucket === 'minutes') || a.transcriptId, {
    message: 'bucket SEGMENT and MINUTES work within one transcript: give transcriptId',
    path: ['transcriptId'],
  })
  .refine((a) => !a.from || !a.to || a.from <= a.to, {
    message: 'from must not be after to',
    path: ['from'],
  });

const periodShape = z
  .object({ from: isoDate, to: isoDate })
  .refine((p) => p.from <= p.to, {
    message: 'a period must not end before it starts',
    path: ['to'],
  });

/** Arguments of `risingTopics`. */
export const risingArgs = z
  .object({
    before: periodShape,
    after: periodShape,
    types: z.array(z.enum(ENTITY_TYPES)).min(1).max(4).default(['topic']),
    first: z.number().int().min(1).max(100).default(10),
    minMentions: z.number().int().min(1).max(1000).default(1),
  })
  .refine((a) => a.before.to < a.after.from, {
    message: 'the before period must end before the after period starts',
    path: ['after', 'from'],
  });

const TrendBucketRef = builder.objectRef<TrendBucket>('TrendBucket').implement({
  description: 'One step of the time axis, with the totals that shares are computed against.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable key; points refer to it.' }),
    label: t.exposeString('label', {
      description: 'Axis label: segment title, "0–5 min", transcript title or date.',
    }),
    transcript: t.field({
      type: Transcript,
      nullable: true,
      description: 'The transcript, for segment, minute and transcript buckets.',
      resolve: (b) => b.transcriptId,
    }),
    date: t.field({
      type: 'Date',
      nullable: true,
      description: 'Date of the bucket, when known.',
      resolve: (b) => b.date,
    }),
    startSec: t.exposeFloat('startSec', {
      nullable: true,
      description: 'Start within the transcript, in seconds.',
    }),
    endSec: t.exposeFloat('endSec', {
      nullable: true,
      description: 'End within the transcript, in seconds.',
    }),
    totalMentions: t.exposeInt('totalMentions', {
      description: 'Mentions of any entity in the bucket.',
    }),
    totalChars: t.exposeInt('totalChars', { description: 'Characters spoken in the bucket.' }),
    utterances: t.exposeInt('utterances', { description: 'Utterances in the bucket.' }),
  }),
});

const TrendPointRef = builder.objectRef<TrendPoint>('TrendPoint').implement({
  description: 'The value of one series in one bucket.',
  fields: (t) => ({
    bucketKey: t.exposeString('bucketKey', { description: 'Key of the bucket.' }),
    mentions: t.exposeInt('mentions', { description: 'Raw count of mentions.' }),
    chars: t.exposeInt('chars', {
      description: 'Characters of the utterances that mention the entity.',
    }),
    mentionShare: t.exposeFloat('mentionShare', {
      description: 'mentions / all mentions in the bucket, 0–1.',
    }),
    charShare: t.exposeFloat('charShare', {
      description: 'Share of talk: chars / all characters spoken in the bucket, 0–1.',
    }),
  }),
});

const TrendSeriesRef = builder.objectRef<TrendSeries>('TrendSeries').implement({
  description: 'One line of the chart: an entity, or an entity for one speaker or one transcript.',
  fields: (t) => ({
    key: t.exposeString('key', {
      description: 'Stable key: entity id, plus @speaker or @transcript when split.',
    }),
    entity: t.field({ type: Entity, description: 'The entity counted.', resolve: (s) => s.entity }),
    speaker: t.field({
      type: Person,
      nullable: true,
      description: 'The speaker, when split by speaker (null there means unidentified).',
      resolve: (s) => s.speaker,
    }),
    transcript: t.field({
      type: Transcript,
      nullable: true,
      description: 'The transcript, when split by transcript.',
      resolve: (s) => s.transcriptId,
    }),
    totalMentions: t.exposeInt('totalMentions', { description: 'Mentions over all buckets.' }),
    points: t.field({
      type: [TrendPointRef],
      description: 'One point per bucket, in bucket order (zeros included).',
      resolve: (s) => s.points,
    }),
  }),
});

const TrendRef = builder.objectRef<Trend>('Trend').implement({
  description: 'Mentions of entities over time: buckets on the axis, one series per line.',
  fields: (t) => ({
    bucket: t.field({
      type: TrendBucketKindEnum,
      description: 'How buckets were made.',
      resolve: (tr) => tr.bucket,
    }),
    split: t.field({
      type: TrendSplitEnum,
      description: 'How series were split.',
      resolve: (tr) => tr.split,
    }),
    buckets: t.field({
      type: [TrendBucketRef],
      description: 'The time axis, in order.',
      resolve: (tr) => tr.buckets,
    }),
    series: t.field({
      type: [TrendSeriesRef],
      description: 'The lines, in the order the entities were given.',
      resolve: (tr) => tr.series,
    }),
  }),
});

builder.queryField('trend', (t) =>
  t.field({
    type: TrendRef,
    description:
      'Mentions of one or several entities over time, as raw counts and share of talk, bucketed by segment, minutes, transcript or day; optionally split by speaker or transcript.',
    args: t.validate(
      {
        entityIds: t.arg.idList({ required: true, description: 'Entities to count (1–10).' }),
        bucket: t.arg({ type: TrendBucketKindEnum, required: true, description: 'Bucketing.' }),
        minutes: t.arg.int({ description: 'Window width for MINUTES (default 5).' }),
        transcriptId: t.arg.id({
          description: 'Limit to one transcript (required for SEGMENT and MINUTES).',
        }),
        from: t.arg({ type: 'Date', description: 'First day included.' }),
        to: t.arg({ type: 'Date', description: 'Last day included.' }),
        split: t.arg({
          type: TrendSplitEnum,
          description: 'Series per speaker or per transcript (default NONE).',
        }),
      },
      withDefaults(trendArgs),
    ),
    resolve: (_root, args, ctx) => mentionTrend(ctx.graph, args),
  }),
);

const RisingTopicRef = builder.objectRef<RisingEntity>('RisingTopic').implement({
  description: 'A topic (or entity) and how its share of mentions changed between two periods.',
  fields: (t) => ({
    entity: t.field({
      type: Entity,
      description: 'The topic or entity.',
      resolve: (r) => r.entity,
    }),
    before: t.exposeInt('before', { description: 'Mentions in the before period.' }),
    after: t.exposeInt('after', { description: 'Mentions in the after period.' }),
    beforeShare: t.exposeFloat('beforeShare', {
      description: 'Share of mentions in the before period, 0–1.',
    }),
    afterShare: t.exposeFloat('afterShare', {
      description: 'Share of mentions in the after period, 0–1.',
    }),
    change: t.exposeFloat('change', {
      description: 'afterShare − beforeShare; the list is sorted by it.',
    }),
    ratio: t.exposeFloat('ratio', {
      description: 'Growth of the share with add-one smoothing (>1 rising).',
    }),
  }),
});

const RisingTopicsRef = builder.objectRef<RisingResult>('RisingTopics').implement({
  description: 'Topics ranked by how much their share of mentions grew.',
  fields: (t) => ({
    beforeTotal: t.exposeInt('beforeTotal', {
      description: 'Mentions of the requested kinds in the before period.',
    }),
    afterTotal: t.exposeInt('afterTotal', {
      description: 'Mentions of the requested kinds in the after period.',
    }),
    items: t.field({
      type: [RisingTopicRef],
      description: 'Largest gain in share first.',
      resolve: (r) => r.items,
    }),
  }),
});

const PeriodInput = builder.inputType('PeriodInput', {
  description: 'An inclusive range of conference days.',
  fields: (t) => ({
    from: t.field({ type: 'Date', required: true, description: 'First day.' }),
    to: t.field({ type: 'Date', required: true, description: 'Last day.' }),
  }),
});

builder.queryField('risingTopics', (t) =>
  t.field({
    type: RisingTopicsRef,
    description: 'Topics whose share of mentions rose most from one period to a later one.',
    args: t.validate(
      {
        before: t.arg({ type: PeriodInput, required: true, description: 'The earlier period.' }),
        after: t.arg({ type: PeriodInput, required: true, description: 'The later period.' }),
        types: t.arg({ type: [EntityTypeEnum], description: 'Kinds to rank (default TOPIC).' }),
        first: t.arg.int({ description: 'Number of items (default 10, at most 100).' }),
        minMentions: t.arg.int({
          description: 'Ignore entities with fewer mentions in the after period (default 1).',
        }),
      },
      withDefaults(risingArgs),
    ),
    resolve: (_root, args, ctx) => risingEntities(ctx.graph, { ...args, limit: args.first }),
  }),
);
