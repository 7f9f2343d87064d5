/**
 * Page benchmark of the dashboard on the real corpus: starts its own Neo4j (throw-away data
 * folder, free port), ingests ../shared/corpus with the ETL, starts the API and the built web
 * app, then for every page prints the server's response time (median of RUNS fetches of the
 * HTML), the HTML size, the gzip size of the JavaScript the browser loads, and the time until
 * the page is ready in Chromium (every chart drawn; the reader's text shown). Stops everything
 * it started, also on Ctrl-C.
 *
 *   npm run bench:web                 # RUNS=7 fetches, 3 browser loads per page
 *   BENCH_RUNS=15 npm run bench:web
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { countScriptBytes, launchBrowser, openPage } from '../test/browser.ts';
import { ROOT, freePort, startApi, startWeb, type Server } from '../test/stack.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const BROWSER_RUNS = 3;
const CORPUS = process.env.CORPUS_DIR ?? path.resolve(ROOT, '../shared/corpus');
const LAUNCHER = path.join(ROOT, 'graph/bin/neo4j-local');
const JS_TARGET_KB = 300;
const READY_TARGET_MS = 1500;

interface PageSpec {
  name: string;
  path: string;
}

interface Result extends PageSpec {
  serverMs: number;
  htmlKb: number;
  htmlGzipKb: number;
  jsGzipKb: number;
  readyMs: number;
  charts: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const kb = (bytes: number) => bytes / 1024;

/** The embedded Neo4j on a free port with a fresh data folder; `stop` removes both. */
async function startNeo4j(): Promise<{ uri: string; stop: () => void }> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-web-neo4j-'));
  const env = {
    ...process.env,
    NEO4J_BOLT_PORT: String(port),
    NEO4J_DATA_DIR: dataDir,
    NEO4J_PASSWORD: 'benchpassword',
  };
  execFileSync(LAUNCHER, ['start'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  return {
    uri: `bolt://127.0.0.1:${port}`,
    stop: () => {
      try {
        execFileSync(LAUNCHER, ['stop'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}

/** `npm run ingest` of the corpus, as a child process; resolves with its summary line. */
function ingest(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'etl/src/cli.ts', 'ingest', CORPUS],
      { cwd: ROOT, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => {
      const summary = out.trim().split('\n').at(-1) ?? '';
      if (code === 0) resolve(summary);
      else reject(new Error(`ingest exited with ${code}:\n${out}`));
    });
  });
}

async function gql<T>(apiUrl: string, query: string): Promise<T> {
  const res = await fetch(apiUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data: T };
  return body.data;
}

/** The pages to measure, on whatever the corpus contains: the biggest of each kind. */
async function pagesOf(apiUrl: string): Promise<PageSpec[]> {
  const top = (list: string) =>
    `${list}(first: 1, orderBy: MENTIONS) { edges { node { id name } } }`;
  const data = await gql<{
    topics: { edges: { node: { id: string } }[] };
    people: { edges: { node: { id: string } }[] };
    organizations: { edges: { node: { id: string } }[] };
    transcripts: { edges: { node: { id: string; lineCount: number } }[] };
  }>(
    apiUrl,
    `{ ${top('topics')} ${top('people')} ${top('organizations')}
       transcripts(first: 100) { edges { node { id lineCount } } } }`,
  );
  const id = (list: { edges: { node: { id: string } }[] }) =>
    encodeURIComponent(list.edges[0]?.node.id ?? '');
  const largest = [...data.transcripts.edges].sort(
    (a, b) => b.node.lineCount - a.node.lineCount,
  )[0]!.node;
  return [
    { name: 'overview', path: '/' },
    { name: 'topic', path: `/topics/${id(data.topics)}` },
    { name: 'person', path: `/people/${id(data.people)}` },
    { name: 'organisation', path: `/organizations/${id(data.organizations)}` },
    { name: 'graph', path: '/graph' },
    { name: 'coverage', path: '/coverage' },
    {
      name: `reader (${largest.id}, ${largest.lineCount} lines)`,
      path: `/transcripts/${encodeURIComponent(largest.id)}`,
    },
    { name: 'search', path: `/search?q=${encodeURIComponent('ju shen zhi neng')}` },
  ];
}

/** Median time to the whole HTML over RUNS sequential fetches (after one warm-up). */
async function serverTime(url: string): Promise<{ ms: number; html: string }> {
  let html = await (await fetch(url)).text();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const res = await fetch(url);
    html = await res.text();
    if (!res.ok) throw new Error(`${url} answered ${res.status}`);
    times.push(performance.now() - t0);
  }
  return { ms: median(times), html };
}

/**
 * One cold load in a fresh browser context: gzip bytes of every script fetched, and the time
 * from navigation start until the load event has fired, every chart on the page has drawn and
 * the reader (if any) shows its text.
 */
async function browserLoad(browser: Browser, url: string) {
  const { page, errors } = await openPage(browser);
  const scriptBytes = countScriptBytes(page);
  await page.goto(url, { waitUntil: 'load' });
  const ready = await page.waitForFunction(
    () => {
      const charts = [...document.querySelectorAll('[role="img"][data-points]')];
      const drawn = charts.every((c) => c.getAttribute('data-ready') === 'true');
      const reader = !document.querySelector('.reader') || !!document.querySelector('.reader .line');
      return document.readyState === 'complete' && drawn && reader
        ? { at: performance.now(), charts: charts.length }
        : null;
    },
    undefined,
    { polling: 'raf', timeout: 30_000 },
  );
  const { at, charts } = (await ready.jsonValue())!;
  const bytes = await scriptBytes();
  await page.context().close();
  if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
  return { readyMs: at, charts, jsBytes: bytes };
}

async function measure(browser: Browser, base: string, spec: PageSpec): Promise<Result> {
  const { ms, html } = await serverTime(`${base}${spec.path}`);
  const loads = [];
  for (let i = 0; i < BROWSER_RUNS; i++) loads.push(await browserLoad(browser, `${base}${spec.path}`));
  return {
    ...spec,
    serverMs: ms,
    htmlKb: kb(Buffer.byteLength(html)),
    htmlGzipKb: kb(gzipSync(html).length),
    jsGzipKb: kb(median(loads.map((l) => l.jsBytes))),
    readyMs: median(loads.map((l) => l.readyMs)),
    charts: loads[0]!.charts,
  };
}

function report(results: Result[]): void {
  const rows = results.map((r) => [
    r.name,
    r.path.length > 48 ? `${r.path.slice(0, 45)}…` : r.path,
    r.serverMs.toFixed(0),
    `${r.htmlKb.toFixed(0)} / ${r.htmlGzipKb.toFixed(0)}`,
    r.jsGzipKb.toFixed(1),
    String(r.charts),
    r.readyMs.toFixed(0),
  ]);
  const head = ['page', 'path', 'server ms (median)', 'HTML KB / gzip', 'JS KB gzip', 'charts', 'ready ms'];
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  console.log(`\n${line(head)}\n${line(head.map(() => '---'))}\n${rows.map(line).join('\n')}\n`);
  const heaviestJs = results.reduce((a, b) => (b.jsGzipKb > a.jsGzipKb ? b : a));
  const largest = results.reduce((a, b) => (b.htmlKb > a.htmlKb ? b : a));
  const reader = results.find((r) => r.name.startsWith('reader'));
  const slow = results.filter((r) => r.readyMs >= READY_TARGET_MS);
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
  const ready = (r: Result) => `${r.name}: ${r.htmlKb.toFixed(0)} KB HTML, ready in ${r.readyMs.toFixed(0)} ms`;
  console.log(
    `${verdict(heaviestJs.jsGzipKb < JS_TARGET_KB)} JS under ${JS_TARGET_KB} KB gzip on every page ` +
      `(heaviest: ${heaviestJs.name}, ${heaviestJs.jsGzipKb.toFixed(1)} KB)`,
  );
  console.log(`${verdict(largest.readyMs < READY_TARGET_MS)} largest page ready under ${READY_TARGET_MS} ms (${ready(largest)})`);
  if (reader) {
    console.log(`${verdict(reader.readyMs < READY_TARGET_MS)} reader of the largest transcript ready under ${READY_TARGET_MS} ms (${ready(reader)})`);
  }
  console.log(`pages not ready within ${READY_TARGET_MS} ms: ${slow.map((r) => r.name).join(', ') || 'none'}`);
}

async function main(): Promise<void> {
  const stops: (() => unknown)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop();
    stops.length = 0;
  };
  process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));
  try {
    const neo4j = await startNeo4j();
    stops.push(neo4j.stop);
    Object.assign(process.env, {
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: 'benchpassword',
    });
    console.log(`neo4j: ${neo4j.uri}`);
    console.log(await ingest());
    const api: Server = await startApi();
    stops.push(api.stop);
    const web: Server = await startWeb(api.url);
    stops.push(web.stop);
    const browser = await launchBrowser();
    stops.push(() => browser.close());
    console.log(`api ${api.url}, web ${web.url}; ${RUNS} fetches and ${BROWSER_RUNS} cold browser loads per page`);
    const results: Result[] = [];
    for (const spec of await pagesOf(api.url)) {
      const r = await measure(browser, web.url, spec);
      console.log(`  ${r.name}: ${r.serverMs.toFixed(0)} ms server, ${r.readyMs.toFixed(0)} ms ready`);
      results.push(r);
    }
    report(results);
  } finally {
    await stopAll();
  }
}

await main();
