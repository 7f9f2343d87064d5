import { builder } from '../builder.ts';
import { Entity, addEntityQueries, entitiesOfType } from './entity.ts';

export const Topic = builder.loadableObjectRef('Topic', entitiesOfType('topic'));

Topic.implement({
  description: 'A subject of discussion; claims are about topics.',
  interfaces: [Entity],
  fields: () => ({}),
});

addEntityQueries('topic', Topic, { list: 'topics', one: 'topic', plural: 'topics' });
