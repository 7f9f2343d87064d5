import { databaseHealth, type DatabaseHealth } from '@discourse/graph';
import { builder } from '../builder.ts';

const HealthStatus = builder.enumType('HealthStatus', {
  description: 'Overall state of the API.',
  values: {
    OK: { description: 'The API and its database answer.' },
    DEGRADED: {
      description: 'The API answers but the graph database does not; data queries fail with 503.',
    },
  },
});

const Health = builder.objectRef<DatabaseHealth>('Health').implement({
  description: 'Liveness of the API and reachability of the graph database.',
  fields: (t) => ({
    status: t.field({
      type: HealthStatus,
      description: 'OK when the database answered, DEGRADED otherwise.',
      resolve: (h) => (h.reachable ? 'OK' : 'DEGRADED'),
    }),
    database: t.exposeBoolean('reachable', {
      description: 'Whether the graph database answered a read.',
    }),
    latencyMs: t.exposeInt('latencyMs', {
      nullable: true,
      description: 'Round trip of a trivial read in milliseconds; null when unreachable.',
    }),
    error: t.exposeString('error', {
      nullable: true,
      description:
        'Stable code of the database failure (e.g. DATABASE_UNAVAILABLE), when unreachable.',
    }),
  }),
});

builder.queryField('health', (t) =>
  t.field({
    type: Health,
    description:
      'Whether the API and its database are up. Never fails because the database is down.',
    resolve: (_root, _args, ctx) => databaseHealth(ctx.graph),
  }),
);
