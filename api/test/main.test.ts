import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

describe('api/src/main.ts', () => {
  it('starts on API_HOST/API_PORT, logs the URL, serves health, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
      env: {
        ...process.env,
        API_HOST: '127.0.0.1',
        API_PORT: '0',
        NODE_ENV: 'production',
        NEO4J_URI: 'bolt://127.0.0.1:9',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let log = '';
        child.stderr.on('data', (chunk) => {
          log += chunk;
          const line = log.split('\n').find((l) => l.includes('listening'));
          if (line) resolve(JSON.parse(line).url);
        });
        child.on('exit', (code) => reject(new Error(`exited with ${code}: ${log}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ health { status database } }' }),
      });
      expect((await res.json()).data.health).toEqual({ status: 'DEGRADED', database: false });
    } finally {
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  }, 60_000);

  it('exits with the list of problems when the configuration is invalid', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
      env: { ...process.env, API_PORT: 'eighty', NEO4J_URI: 'http://nope' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let log = '';
    child.stderr.on('data', (c) => (log += c));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(log).toMatch(/API_PORT/);
    expect(log).toMatch(/NEO4J_URI/);
  }, 30_000);
});
