import { env as dynamicEnv } from '$env/dynamic/private';
import { z } from 'zod';

/** The dashboard server's settings; read once, every problem reported together. */
const schema = z.object({
  API_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:4000/graphql'),
  API_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
});

export type WebEnv = z.infer<typeof schema>;

function readWebEnv(source: Record<string, string | undefined>): WebEnv {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    console.error(`invalid web configuration:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  return parsed.data;
}

let cached: WebEnv | undefined;

/** Settings from the process environment, parsed on first use (not at build-time analysis). */
export function webEnv(): WebEnv {
  cached ??= readWebEnv(dynamicEnv);
  return cached;
}
