import { ENTITY_TYPES } from '@discourse/graph';
import { z } from 'zod';
import { builder } from '../builder.ts';
import type { MatchField, MatchType } from '../search/match.ts';
import { searchAll, type SearchHit } from '../search/search.ts';
import { Entity, EntityTypeEnum } from './entity.ts';

const MatchFieldEnum = builder.enumType('MatchField', {
  description: 'Which written form of the entity matched.',
  values: {
    NAME: { value: 'name', description: 'Its canonical name.' },
    ALIAS: { value: 'alias', description: 'A known alias (other language, short form).' },
    VARIANT: {
      value: 'variant',
      description: 'A spelling seen in a transcript (ASR errors included).',
    },
  } satisfies Record<string, { value: MatchField; description: string }>,
});

const MatchTypeEnum = builder.enumType('MatchType', {
  description: 'How the query matched that form, best first.',
  values: {
    EXACT: { value: 'exact', description: 'Same text (ignoring width and case).' },
    SAME_PINYIN: {
      value: 'samePinyin',
      description: 'Sounds the same: equal toneless pinyin (刘潜 ~ 刘倩).',
    },
    CONTAINS: { value: 'contains', description: 'One contains the other.' },
    SIMILAR_PINYIN: {
      value: 'similarPinyin',
      description: 'Pinyin contains, or differs by one letter.',
    },
    SIMILAR_SPELLING: {
      value: 'similarSpelling',
      description: 'Latin spelling within one or two edits.',
    },
    PARTIAL: { value: 'partial', description: 'One word of the query is a word of the form.' },
  } satisfies Record<string, { value: MatchType; description: string }>,
});

const SearchHitRef = builder.objectRef<SearchHit>('SearchHit').implement({
  description: 'An entity found by search, with the written form that matched and how.',
  fields: (t) => ({
    entity: t.field({ type: Entity, description: 'The entity.', resolve: (h) => h.entity }),
    score: t.exposeFloat('score', { description: 'Relevance, 0–1; hits are sorted by it.' }),
    matched: t.string({
      description: 'The name, alias or transcript spelling that matched the query.',
      resolve: (h) => h.match.form,
    }),
    matchedField: t.field({
      type: MatchFieldEnum,
      description: 'Which kind of form matched.',
      resolve: (h) => h.match.field,
    }),
    matchType: t.field({
      type: MatchTypeEnum,
      description: 'How it matched.',
      resolve: (h) => h.match.type,
    }),
    pinyin: t.string({
      description: 'Toneless pinyin key of the matched form.',
      resolve: (h) => h.match.pinyin,
    }),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHitRef],
    description:
      'Finds people, organisations, models and topics by any spelling: names, aliases, transcript variants and toneless pinyin, so ASR errors (句深智能 for 具身智能) still match.',
    args: {
      query: t.arg.string({
        required: true,
        description: 'A name or term in any script or spelling.',
        validate: z
          .string()
          .trim()
          .min(1, 'query must not be empty')
          .max(100, 'query is at most 100 characters'),
      }),
      types: t.arg({
        type: [EntityTypeEnum],
        description: 'Only these kinds (default: all four).',
        validate: z.array(z.enum(ENTITY_TYPES)).max(4).nullish(),
      }),
      first: t.arg.int({
        description: 'Number of hits (default 10, at most 50).',
        defaultValue: 10,
        validate: z.number().int().min(1).max(50),
      }),
    },
    resolve: (_root, args, ctx) =>
      searchAll(ctx.graph, { query: args.query, types: args.types, first: args.first ?? 10 }),
  }),
);
