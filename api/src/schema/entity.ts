import {
  claimsOfEntities,
  entitiesById,
  mentionStats,
  type EntityProps,
  type EntityType,
  type MentionStats,
} from '@discourse/graph';
import { countEntities, listEntities, type EntityOrder } from '@discourse/graph';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import type { ObjectRef } from '@pothos/core';
import { byKey } from '../batch.ts';
import { builder } from '../builder.ts';
import { ClaimConnection, StanceEnum, claimPage } from './claim.ts';

const TYPE_NAMES: Record<EntityType, 'Person' | 'Organization' | 'Model' | 'Topic'> = {
  person: 'Person',
  organization: 'Organization',
  model: 'Model',
  topic: 'Topic',
};

export const EntityTypeEnum = builder.enumType('EntityType', {
  description: 'The four kinds of entity the extraction resolves.',
  values: {
    PERSON: { value: 'person', description: 'A speaker or a person talked about.' },
    ORGANIZATION: {
      value: 'organization',
      description: 'A company, university, lab or institution.',
    },
    MODEL: { value: 'model', description: 'An AI model or model family.' },
    TOPIC: {
      value: 'topic',
      description: 'A subject of discussion (具身智能, agents, open source, …).',
    },
  } satisfies Record<string, { value: EntityType; description: string }>,
});

/**
 * Every entity, loaded in batches by id through one loader: Person, Organization, Model and
 * Topic delegate to it, so a response that needs entities of all four kinds costs one query.
 */
export const Entity = builder.loadableInterfaceRef('Entity', {
  load: (ids: string[], ctx) => entitiesById(ctx.graph, ids),
  sort: (e: EntityProps) => e.id,
});

/**
 * Options of a loadable entity type: it loads through the shared Entity loader and keeps only
 * entities of its own kind, so `person(id: "topic:…")` is null rather than a wrong type.
 */
export function entitiesOfType(type: EntityType) {
  return {
    load: async (ids: string[], ctx: Parameters<typeof Entity.getDataloader>[0]) => {
      const found = await Entity.getDataloader(ctx).loadMany(ids);
      const failure = found.find((e): e is Error => e instanceof Error);
      if (failure) throw failure;
      return found.filter(
        (e): e is EntityProps => e != null && !(e instanceof Error) && e.type === type,
      );
    },
    sort: (e: EntityProps) => e.id,
  };
}

const MentionStatsRef = builder.objectRef<MentionStats>('MentionStats').implement({
  description: 'How much an entity is talked about across the loaded transcripts.',
  fields: (t) => ({
    mentions: t.exposeInt('mentions', {
      description: 'Mentions in utterances (every occurrence counts).',
    }),
    transcripts: t.exposeInt('transcripts', {
      description: 'Transcripts with at least one mention.',
    }),
    claims: t.exposeInt('claims', {
      description: 'Claims about it (topics) or naming it (other kinds).',
    }),
  }),
});

Entity.implement({
  description: 'A person, organisation, model or topic, resolved across spellings and transcripts.',
  resolveType: (e) => TYPE_NAMES[e.type],
  fields: (t) => ({
    id: t.exposeID('id', {
      description: 'Stable id derived from the canonical name (e.g. person:liu-qian).',
    }),
    type: t.field({ type: EntityTypeEnum, description: 'Kind of entity.', resolve: (e) => e.type }),
    name: t.exposeString('name', { description: 'Canonical name shown in the product.' }),
    aliases: t.exposeStringList('aliases', {
      description: 'Other real names (other script or language, short forms), from the lexicon.',
    }),
    variants: t.exposeStringList('variants', {
      description: 'Every spelling seen in transcripts, ASR errors included (e.g. 刘芊 for 刘倩).',
    }),
    pinyin: t.string({
      description: 'Toneless pinyin keys of the name, aliases and variants, as stored for search.',
      resolve: (e) => e.pinyin ?? '',
    }),
    stats: t.loadable({
      type: MentionStatsRef,
      description:
        'Mention, transcript and claim counts (batched across all entities of a response).',
      load: async (ids: string[], ctx) => {
        const found = byKey(ids, await mentionStats(ctx.graph, ids), (s) => s.id);
        return found.map(
          (s, i) => s ?? { id: ids[i] as string, mentions: 0, transcripts: 0, claims: 0 },
        );
      },
      resolve: (e) => e.id,
    }),
    claims: t.loadable({
      type: ClaimConnection,
      description: 'Claims about this topic or naming this entity, in transcript order (batched).',
      byPath: true,
      args: {
        ...t.arg.connectionArgs(),
        stance: t.arg({ type: StanceEnum, description: 'Only claims with this stance.' }),
      },
      load: async (ids: string[], ctx, args) =>
        claimPage(ids, args, (page) =>
          claimsOfEntities(ctx.graph, ids, { relation: 'about', stance: args.stance, ...page }),
        ),
      resolve: (e) => e.id,
    }),
  }),
});

builder.queryField('entity', (t) =>
  t.field({
    type: Entity,
    nullable: true,
    description:
      'Any entity by id (person, organisation, model or topic); null when there is none.',
    args: { id: t.arg.id({ required: true, description: 'Entity id.' }) },
    resolve: (_root, args) => String(args.id),
  }),
);

const EntityOrderEnum = builder.enumType('EntityOrder', {
  description: 'How an entity list is sorted.',
  values: {
    NAME: { value: 'name', description: 'By canonical name.' },
    MENTIONS: { value: 'mentions', description: 'Most mentioned first.' },
  } satisfies Record<string, { value: EntityOrder; description: string }>,
});

/**
 * Adds the two root fields every entity type has: a relay list (`people`) and a lookup by id
 * (`person`) that returns null for a missing id or an id of another kind.
 */
export function addEntityQueries(
  type: EntityType,
  ref: ObjectRef<any, any>,
  names: { list: string; one: string; plural: string },
): void {
  const typeName = TYPE_NAMES[type];
  builder.queryFields((t) => ({
    [names.list]: t.connection(
      {
        type: ref,
        description: `All ${names.plural}, by name or by number of mentions.`,
        args: {
          orderBy: t.arg({ type: EntityOrderEnum, description: 'Sort order (default NAME).' }),
        },
        resolve: (_root, args, ctx) =>
          resolveOffsetConnection({ args }, ({ offset, limit }) =>
            listEntities(ctx.graph, type, { skip: offset, limit, order: args.orderBy ?? 'name' }),
          ),
      },
      {
        name: `${typeName}Connection`,
        description: `A page of ${names.plural}.`,
        fields: (c) => ({
          totalCount: c.int({
            description: `Number of ${names.plural} in the whole list.`,
            resolve: (_conn, _args, ctx) => countEntities(ctx.graph, type),
          }),
        }),
      },
      { name: `${typeName}Edge`, description: `A ${type} in a page, with its cursor.` },
    ),
    [names.one]: t.field({
      type: ref,
      nullable: true,
      description: `One ${type} by id; null when there is none.`,
      args: { id: t.arg.id({ required: true, description: `${typeName} id.` }) },
      resolve: (_root, args) => String(args.id),
    }),
  }));
}
