import { readGraphEnv, type GraphEnv } from '@discourse/graph';
import { z } from 'zod';

/** Settings of the API server itself; Neo4j settings come from the graph package. */
const schema = z.object({
  API_HOST: z.string().min(1).default('127.0.0.1'),
  API_PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  /** Seconds a client is told to wait (Retry-After) when Neo4j is unreachable. */
  API_RETRY_AFTER_SEC: z.coerce.number().int().min(1).max(3600).default(5),
});

export type ApiEnv = z.infer<typeof schema> & { graph: GraphEnv };

/** Parses the environment; returns every problem at once instead of stopping at the first. */
export function parseEnv(source: NodeJS.ProcessEnv): { env: ApiEnv } | { problems: string[] } {
  const problems: string[] = [];
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    problems.push(...parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  let graph: GraphEnv | undefined;
  try {
    graph = readGraphEnv(source);
  } catch (e) {
    problems.push((e as Error).message);
  }
  if (!parsed.success || !graph) return { problems };
  return { env: { ...parsed.data, graph } };
}

/** Reads the process environment; prints every problem and exits when it is invalid. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): ApiEnv {
  const result = parseEnv(source);
  if ('env' in result) return result.env;
  process.stderr.write(`invalid API configuration:\n  ${result.problems.join('\n  ')}\n`);
  process.exit(1);
}
