import { initContextCache } from '@pothos/core';
import type { Graph } from '@discourse/graph';

/** Per-request counters; `cypherQueries` is how tests prove a dashboard query is batched. */
export interface QueryStats {
  cypherQueries: number;
}

export interface Context {
  /** Read-only, counting view of the shared Graph. */
  graph: Graph;
  stats: QueryStats;
}

/**
 * Wraps the shared Graph so that every Cypher query of this request is counted and so that
 * nothing in the API can write: writes fail before reaching the driver.
 */
export function readOnlyCountingGraph(graph: Graph, stats: QueryStats): Graph {
  const view = Object.create(graph) as Graph;
  const query: Graph['query'] = (cypher, params) => {
    stats.cypherQueries += 1;
    return graph.query(cypher, params);
  };
  const refuse = (): Promise<never> =>
    Promise.reject(new Error('the API never writes to the graph'));
  Object.assign(view, { query, execute: refuse, write: refuse });
  return view;
}

/** A fresh context per request: its own counters and its own dataloader caches. */
export function createContext(graph: Graph): Context {
  const stats: QueryStats = { cypherQueries: 0 };
  return { ...initContextCache(), graph: readOnlyCountingGraph(graph, stats), stats };
}
