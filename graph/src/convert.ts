import neo4j, { isInt, type Integer } from 'neo4j-driver';

/**
 * Turns driver values into plain JSON-able values: Integers become numbers, nodes
 * and relationships become their properties. Nothing driver-typed leaves this package.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return (value as Integer).toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('properties' in v && 'labels' in v) return toPlain(v.properties);
    if ('properties' in v && 'type' in v && 'start' in v) return toPlain(v.properties);
    const out: Record<string, unknown> = {};
    for (const [k, inner] of Object.entries(v)) out[k] = toPlain(inner);
    return out;
  }
  return value;
}

/** A SKIP/LIMIT parameter; Cypher refuses floats there. */
export function int(n: number): Integer {
  return neo4j.int(Math.max(0, Math.trunc(n)));
}
