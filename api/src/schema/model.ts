import { builder } from '../builder.ts';
import { Entity, addEntityQueries, entitiesOfType } from './entity.ts';

export const Model = builder.loadableObjectRef('Model', entitiesOfType('model'));

Model.implement({
  description: 'An AI model or model family (DeepSeek-R1, GPT-4o, …).',
  interfaces: [Entity],
  fields: () => ({}),
});

addEntityQueries('model', Model, { list: 'models', one: 'model', plural: 'models' });
