import { ENTITY_TYPES, type CooccurrenceEdge } from '@discourse/graph';
import { z } from 'zod';
import type { Community } from '../analytics/communities.ts';
import { topicGraph, type TopicGraph, type TopicGraphNode } from '../analytics/topic-graph.ts';
import { builder } from '../builder.ts';
import { entityId, isoDate, withDefaults } from '../validation.ts';
import { Entity, EntityTypeEnum } from './entity.ts';

const GraphNodeRef = builder.objectRef<TopicGraphNode>('GraphNode').implement({
  description: 'An entity in the co-occurrence graph.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Entity id; edges refer to it.' }),
    name: t.exposeString('name', { description: 'Label to draw.' }),
    type: t.field({
      type: EntityTypeEnum,
      description: 'Kind of entity (for colour or shape).',
      resolve: (n) => n.type,
    }),
    mentions: t.exposeInt('mentions', { description: 'Mentions in scope (for node size).' }),
    strength: t.exposeInt('strength', { description: 'Sum of the weights of its edges.' }),
    community: t.exposeInt('community', {
      description: 'Community id (see communities); 0 is the largest.',
    }),
    entity: t.field({
      type: Entity,
      description: 'The full entity (one batched query when selected).',
      resolve: (n) => n.id,
    }),
  }),
});

const GraphEdgeRef = builder.objectRef<CooccurrenceEdge>('GraphEdge').implement({
  description: 'Two entities said together, weighted by how often.',
  fields: (t) => ({
    source: t.exposeID('source', { description: 'Id of one node (the smaller id).' }),
    target: t.exposeID('target', { description: 'Id of the other node.' }),
    weight: t.exposeInt('weight', { description: 'utterances + claims.' }),
    utterances: t.exposeInt('utterances', { description: 'Utterances that mention both.' }),
    claims: t.exposeInt('claims', { description: 'Claims about or naming both.' }),
  }),
});

const CommunityRef = builder.objectRef<Community>('Community').implement({
  description: 'A cluster of entities that are talked about together (label propagation).',
  fields: (t) => ({
    id: t.exposeInt('id', { description: 'Community id, 0 for the most mentioned.' }),
    label: t.exposeString('label', { description: 'Name of its most mentioned member.' }),
    size: t.exposeInt('size', { description: 'Number of nodes.' }),
    mentions: t.exposeInt('mentions', { description: 'Mentions of all its members.' }),
    memberIds: t.exposeIDList('memberIds', { description: 'Its nodes, most mentioned first.' }),
  }),
});

const TopicGraphRef = builder.objectRef<TopicGraph>('TopicGraph').implement({
  description:
    'Entities as nodes, co-occurrence as weighted edges, with community labels: ready to draw.',
  fields: (t) => ({
    nodes: t.field({
      type: [GraphNodeRef],
      description: 'Most mentioned first.',
      resolve: (g) => g.nodes,
    }),
    edges: t.field({
      type: [GraphEdgeRef],
      description: 'Heaviest first.',
      resolve: (g) => g.edges,
    }),
    communities: t.field({
      type: [CommunityRef],
      description: 'Most mentioned first.',
      resolve: (g) => g.communities,
    }),
  }),
});

/** Arguments of `topicGraph`. */
export const topicGraphArgs = z
  .object({
    types: z
      .array(z.enum(ENTITY_TYPES))
      .min(1)
      .max(4)
      .default([...ENTITY_TYPES]),
    minWeight: z.number().int().min(1).max(10_000).default(1),
    limit: z.number().int().min(1).max(300).default(50),
    transcriptId: entityId.nullish(),
    from: isoDate.nullish(),
    to: isoDate.nullish(),
  })
  .refine((a) => !a.from || !a.to || a.from <= a.to, {
    message: 'from must not be after to',
    path: ['from'],
  });

builder.queryField('topicGraph', (t) =>
  t.field({
    type: TopicGraphRef,
    description:
      'Co-occurrence graph of topics and entities (same utterance or same claim), with a minimum edge weight, a size limit and community labels.',
    args: t.validate(
      {
        types: t.arg({ type: [EntityTypeEnum], description: 'Kinds of node (default all four).' }),
        minWeight: t.arg.int({ description: 'Drop edges lighter than this (default 1).' }),
        limit: t.arg.int({
          description: 'At most this many nodes, most mentioned first (default 50, at most 300).',
        }),
        transcriptId: t.arg.id({ description: 'Only this transcript.' }),
        from: t.arg({ type: 'Date', description: 'First day included.' }),
        to: t.arg({ type: 'Date', description: 'Last day included.' }),
      },
      withDefaults(topicGraphArgs),
    ),
    resolve: (_root, args, ctx) => topicGraph(ctx.graph, args),
  }),
);
