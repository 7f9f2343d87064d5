import { z } from 'zod';

/** Connection settings for Neo4j, read once from the environment. */
const schema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//, 'must be a bolt:// or neo4j:// URI')
    .default('bolt://127.0.0.1:7687'),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1).default('devpassword'),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_READ_USER: z.string().min(1).optional(),
  NEO4J_READ_PASSWORD: z.string().min(1).optional(),
});

export type GraphEnv = z.infer<typeof schema>;

/** Parses the Neo4j settings; throws one error listing every problem. */
export function readGraphEnv(source: NodeJS.ProcessEnv = process.env): GraphEnv {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid Neo4j configuration:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}
