import type { Graph } from '../driver.ts';
import { GraphError } from '../errors.ts';

const PING = `RETURN 1 AS ok`;

export interface DatabaseHealth {
  reachable: boolean;
  /** Round trip of a trivial read, in milliseconds; null when unreachable. */
  latencyMs: number | null;
  /** GraphError code of the failure, when unreachable. */
  error: string | null;
}

/** Whether the database answers a read through the same path the API uses. Never throws. */
export async function databaseHealth(graph: Graph): Promise<DatabaseHealth> {
  const started = performance.now();
  try {
    await graph.query(PING);
    return { reachable: true, latencyMs: Math.round(performance.now() - started), error: null };
  } catch (e) {
    return {
      reachable: false,
      latencyMs: null,
      error: e instanceof GraphError ? e.code : 'QUERY_FAILED',
    };
  }
}
