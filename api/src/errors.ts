import { GraphError } from '@discourse/graph';
import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from './graphql-runtime.ts';
import { maskError as yogaMaskError } from 'graphql-yoga';

/**
 * Stable codes in `extensions.code`. Clients branch on these, never on messages.
 * GRAPHQL_PARSE_FAILED / GRAPHQL_VALIDATION_FAILED come from the server itself and from armor.
 */
export type ErrorCode =
  'BAD_USER_INPUT' | 'DATABASE_UNAVAILABLE' | 'DATABASE_BUSY' | 'INTERNAL_SERVER_ERROR';

/** A failure the client caused; carries the offending argument paths. */
export function badUserInput(
  message: string,
  issues: { path: string; message: string }[] = [],
): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT' satisfies ErrorCode, issues, http: { status: 400 } },
  });
}

/** What the client may know about a GraphError, or null when it must stay masked. */
export function publicGraphError(
  e: unknown,
  retryAfterSec: number,
): { code: ErrorCode; message: string; status: number; retryAfterSec?: number } | null {
  if (!(e instanceof GraphError)) return null;
  if (e.code === 'DATABASE_UNAVAILABLE') {
    return {
      code: 'DATABASE_UNAVAILABLE',
      message: `The graph database is unreachable; retry in ${retryAfterSec} s.`,
      status: 503,
      retryAfterSec,
    };
  }
  if (e.code === 'TRANSIENT') {
    return {
      code: 'DATABASE_BUSY',
      message: `The graph database is busy; retry in ${retryAfterSec} s.`,
      status: 503,
      retryAfterSec,
    };
  }
  return null;
}

/**
 * Yoga's error mask: database outages become 503 with Retry-After and a stable code;
 * GraphQLErrors raised on purpose pass through; everything else is masked by Yoga.
 */
export function createMaskError(retryAfterSec: number) {
  return (error: unknown, message: string, isDev?: boolean): Error => {
    const original = error instanceof GraphQLError ? error.originalError : error;
    if (original instanceof PothosValidationError) {
      // Pothos' own argument checks (page sizes, cursors) are the client's mistake, not ours.
      const located = badUserInput(original.message);
      return new GraphQLError(located.message, {
        nodes: error instanceof GraphQLError ? error.nodes : undefined,
        path: error instanceof GraphQLError ? error.path : undefined,
        extensions: located.extensions,
      });
    }
    const known = publicGraphError(original, retryAfterSec);
    if (known) {
      return new GraphQLError(known.message, {
        nodes: error instanceof GraphQLError ? error.nodes : undefined,
        path: error instanceof GraphQLError ? error.path : undefined,
        extensions: {
          code: known.code,
          retryAfterSec: known.retryAfterSec,
          http: { status: known.status, headers: { 'Retry-After': String(known.retryAfterSec) } },
        },
      });
    }
    return yogaMaskError(error, message, isDev);
  };
}
