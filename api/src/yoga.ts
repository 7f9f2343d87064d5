import { databaseHealth, type Graph } from '@discourse/graph';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { createYoga, isAsyncIterable, useReadinessCheck, type Plugin } from 'graphql-yoga';
import { createContext, type Context } from './context.ts';
import { createMaskError } from './errors.ts';
import { GraphQLError, type ValidationContext } from './graphql-runtime.ts';
import { useCsvExport } from './export/routes.ts';
import { silentLogger, type Logger } from './logger.ts';
import { schema } from './schema/index.ts';

export interface YogaOptions {
  graph: Graph;
  logger?: Logger;
  /** GraphiQL and error details; only ever true in development. */
  development?: boolean;
  /** Seconds sent in Retry-After when the database is unreachable. */
  retryAfterSec?: number;
  /** Adds `extensions.cypherQueries` to every response (development and tests). */
  exposeQueryStats?: boolean;
}

/**
 * Armor reports through the validation context instead of throwing, so its rejections are
 * ordinary validation errors: HTTP 400, GRAPHQL_VALIDATION_FAILED, all problems at once.
 */
const report = {
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(error)],
};

/**
 * Limits with room above the dashboard's deepest query
 * (people → profile → sessions → segment → transcript: 7 levels).
 */
const ARMOR = {
  maxDepth: { n: 10, ...report },
  maxAliases: { n: 15, ...report },
  maxDirectives: { n: 10, ...report },
  maxTokens: { n: 2_000, ...report },
  costLimit: { maxCost: 8_000, ...report },
  blockFieldSuggestion: { enabled: true },
};

/**
 * Every rejected document gets a stable `extensions.code`: graphql's own rules and armor's
 * limits (depth, aliases, cost, tokens) come without one.
 */
function useValidationCodes(): Plugin {
  return {
    onValidate() {
      return ({ result, setResult }) => {
        if (!result.some((e) => !e.extensions?.code)) return;
        setResult(
          result.map((e) =>
            e.extensions?.code
              ? e
              : new GraphQLError(e.message, {
                  nodes: e.nodes,
                  source: e.source,
                  positions: e.positions,
                  extensions: { ...e.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
                }),
          ),
        );
      };
    },
  };
}

/** Counts the Cypher queries of each operation, logs them, and optionally returns them. */
function useQueryStats(logger: Logger, expose: boolean): Plugin<Context> {
  return {
    onExecute({ args }) {
      const ctx = args.contextValue;
      const started = performance.now();
      return {
        onExecuteDone({ result, setResult }) {
          if (isAsyncIterable(result)) return;
          const cypherQueries = ctx.stats.cypherQueries;
          logger.debug('graphql operation', {
            operation: args.operationName ?? null,
            cypherQueries,
            ms: Math.round(performance.now() - started),
          });
          if (expose) setResult({ ...result, extensions: { ...result.extensions, cypherQueries } });
        },
      };
    },
  };
}

/**
 * Builds the GraphQL server (graphql-yoga over the Pothos schema). It only reads: the context
 * hands resolvers a counting, write-refusing view of `graph`.
 */
export function buildYoga(options: YogaOptions) {
  const { graph, logger = silentLogger, development = false, retryAfterSec = 5 } = options;
  return createYoga<Record<string, unknown>, Context>({
    schema,
    context: () => createContext(graph),
    graphiql: development ? { title: 'Conference discourse API' } : false,
    landingPage: false,
    logging: logger,
    maskedErrors: { maskError: createMaskError(retryAfterSec), isDev: development },
    plugins: [
      EnvelopArmorPlugin(ARMOR),
      useValidationCodes(),
      useQueryStats(logger, options.exposeQueryStats ?? development),
      useCsvExport(graph, { logger, retryAfterSec }),
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => (await databaseHealth(graph)).reachable,
      }),
    ],
  });
}

export type ApiServer = ReturnType<typeof buildYoga>;
