/**
 * Starts the parts of the product the browser tests need: the GraphQL API and the built
 * dashboard, each a plain `node` child process on a free port (not npx: killing npx orphans
 * the server). Builds web/ first when its build is missing or older than its sources.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WEB = path.join(ROOT, 'web');
const BUILD_ENTRY = path.join(WEB, 'build/index.js');

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((m, name) => Math.max(m, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

/** Runs `npm run build -w web` unless web/build is newer than every source file. */
export function ensureWebBuild(): void {
  const sources = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json'].map((p) =>
    newestMtime(path.join(WEB, p)),
  );
  const built = existsSync(BUILD_ENTRY) ? statSync(BUILD_ENTRY).mtimeMs : 0;
  if (built > Math.max(...sources)) return;
  execFileSync('npm', ['run', 'build', '-w', 'web'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

export interface Server {
  url: string;
  /** Everything the process wrote, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

/** Spawns `node args…` and waits until `probe` answers (or the process dies). */
async function startNode(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  url: string,
  probe: () => Promise<boolean>,
  timeoutMs = 60_000,
): Promise<Server> {
  const child: ChildProcess = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const server: Server = {
    url,
    output: () => log,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${log}`);
    if (await probe().catch(() => false)) return server;
    await new Promise((r) => setTimeout(r, 250));
  }
  await server.stop();
  throw new Error(`${name} did not answer at ${url} within ${timeoutMs / 1000}s:\n${log}`);
}

/** The GraphQL API on a free port, against the Neo4j in process.env. */
export async function startApi(): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/graphql`;
  return startNode(
    'api',
    ['--import', 'tsx', 'api/src/main.ts'],
    { ...process.env, API_PORT: String(port), API_HOST: '127.0.0.1', NODE_ENV: 'test', LOG_LEVEL: 'warn' },
    url,
    async () => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      return res.ok;
    },
  );
}

/** The built dashboard (`node web/build`) on a free port, talking to `apiUrl`. */
export async function startWeb(apiUrl: string): Promise<Server> {
  ensureWebBuild();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  return startNode(
    'web',
    ['web/build'],
    { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: url, API_URL: apiUrl, NODE_ENV: 'production' },
    url,
    async () => (await fetch(`${url}/favicon.svg`)).ok,
  );
}
