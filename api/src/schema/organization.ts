import { membersOfOrganizations } from '@discourse/graph';
import { groupBy } from '../batch.ts';
import { builder } from '../builder.ts';
import { Entity, addEntityQueries, entitiesOfType } from './entity.ts';
import { Person } from './person.ts';

export const Organization = builder.loadableObjectRef(
  'Organization',
  entitiesOfType('organization'),
);

Organization.implement({
  description: 'A company, university, lab or institution.',
  interfaces: [Entity],
  fields: (t) => ({
    people: t.loadableList({
      type: Person,
      description: 'People affiliated with it (batched).',
      load: async (ids: string[], ctx) =>
        groupBy(ids, await membersOfOrganizations(ctx.graph, ids), (r) => r.organizationId).map(
          (rows) => rows.map((r) => r.person),
        ),
      resolve: (o) => o.id,
    }),
  }),
});

addEntityQueries('organization', Organization, {
  list: 'organizations',
  one: 'organization',
  plural: 'organisations',
});
