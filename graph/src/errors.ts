import { Neo4jError } from 'neo4j-driver';

/** Base class of every error this package throws on purpose. */
export class GraphError extends Error {
  constructor(
    message: string,
    readonly code: GraphErrorCode,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'GraphError';
  }
}

export type GraphErrorCode =
  | 'DATABASE_UNAVAILABLE'
  | 'AUTH_FAILED'
  | 'CONSTRAINT_VIOLATION'
  | 'TRANSIENT'
  | 'QUERY_FAILED';

/**
 * The one place that reads driver error codes and turns them into GraphErrors,
 * so callers branch on `code` and never string-match driver messages.
 */
export function toGraphError(e: unknown): GraphError {
  if (e instanceof GraphError) return e;
  if (e instanceof Neo4jError) {
    const code = e.code ?? '';
    if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
      return new GraphError('the graph database is unreachable', 'DATABASE_UNAVAILABLE', { cause: e });
    }
    if (code.startsWith('Neo.ClientError.Security')) {
      return new GraphError('the graph database refused the credentials', 'AUTH_FAILED', { cause: e });
    }
    if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new GraphError('a graph constraint was violated', 'CONSTRAINT_VIOLATION', { cause: e });
    }
    if (code.startsWith('Neo.TransientError')) {
      return new GraphError('the graph database is busy, try again', 'TRANSIENT', { cause: e });
    }
  }
  const message = e instanceof Error ? e.message : String(e);
  return new GraphError(`graph query failed: ${message}`, 'QUERY_FAILED', { cause: e });
}
