/**
 * Load benchmark of the GraphQL API: every operation a dashboard page sends, with the web app's
 * own documents (web/src/lib/queries), fired by autocannon from 32 connections on loopback for a
 * bounded time each. Prints requests, throughput and latency percentiles; asserts nothing.
 *   npm run bench:api [-- --duration 10 --connections 32 --topic-rank 1 --only topic,search
 *                        --url http://127.0.0.1:4000/graphql]
 * Without --url it starts the real server (`node --import tsx api/src/main.ts`, NODE_ENV
 * production) on a free loopback port with the Neo4j settings of this environment, and stops it
 * at the end. See api/bench/README.md for the two scenarios (shared corpus, synthetic 100×).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { register } from 'node:module';
import autocannon from 'autocannon';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WEB_LIB = path.join(ROOT, 'web/src/lib/');

const { values: opts } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
    url: { type: 'string' },
    only: { type: 'string' },
    'topic-rank': { type: 'string', default: '1' },
  },
});
const DURATION_SEC = Number(opts.duration);
const CONNECTIONS = Number(opts.connections);
const TOPIC_RANK = Number(opts['topic-rank']);

interface Case {
  page: string;
  name: string;
  document: string;
  variables: Record<string, unknown>;
}

interface Row {
  page: string;
  name: string;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  /** Median of three sequential requests: the latency without queueing. */
  solo: number;
  bytes: number;
  /** Why the warm-up request failed, when it did (the operation was then not measured). */
  failure?: string;
}

const FAILED = {
  requests: 0,
  rps: 0,
  p50: NaN,
  p95: NaN,
  p99: NaN,
  max: NaN,
  errors: 0,
  solo: NaN,
  bytes: 0,
};

/** The web app's query modules, imported as the dashboard uses them (`$lib/…` resolved here). */
async function webDocuments() {
  // The web code imports `$lib/…` (a SvelteKit alias); map it to web/src/lib for this process.
  const hook = `export async function resolve(specifier, context, next) {
    if (!specifier.startsWith('$lib/')) return next(specifier, context);
    return next(${JSON.stringify(pathToFileURL(WEB_LIB).href)} + specifier.slice(5) + '.ts', context);
  }`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
  // Specifiers are built at run time so that `tsc -p api` does not type-check web code.
  const load = (name: string) =>
    import(pathToFileURL(path.join(WEB_LIB, 'queries', `${name}.ts`)).href);
  const [
    overview,
    entities,
    entity,
    claims,
    trend,
    transcript,
    person,
    topicGraph,
    coverage,
    search,
  ] = await Promise.all(
    [
      'overview',
      'entities',
      'entity',
      'claims',
      'trend',
      'transcript',
      'person',
      'topic-graph',
      'coverage',
      'search',
    ].map(load),
  );
  return {
    TRANSCRIPTS: overview.TRANSCRIPTS_QUERY as string,
    LEADERS: entities.LEADERS_QUERY as string,
    RISING: entities.RISING_QUERY as string,
    ENTITY: entity.ENTITY_QUERY as string,
    CLAIMS: claims.CLAIMS_QUERY as string,
    TREND: trend.TREND_QUERY as string,
    SESSION_INDEX: transcript.SESSION_INDEX_QUERY as string,
    PERSON: person.PERSON_QUERY as string,
    TOPIC_GRAPH: topicGraph.TOPIC_GRAPH_QUERY as string,
    graphVariables: topicGraph.graphVariables as (state: unknown) => Record<string, unknown>,
    readGraphState: topicGraph.readGraphState as (params: URLSearchParams) => unknown,
    DAYS: coverage.DAYS_QUERY as string,
    COVERAGE: coverage.COVERAGE_QUERY as string,
    SEARCH: search.SEARCH_QUERY as string,
  };
}

/**
 * The API's who-said-what view of a topic. The dashboard's topic page lists claims through
 * `claims(filter: {entityId})` instead, but the API offers this view and CSV export uses it.
 */
const WHO_SAID_WHAT = /* GraphQL */ `
  query WhoSaidWhat($id: ID!) {
    whoSaidWhat(entityId: $id) {
      entity {
        id
        name
      }
      speakers {
        speaker {
          id
          name
          affiliation
        }
        quoteCount
        claimCount
        stances {
          positive
          negative
          neutral
          concern
          prediction
        }
        quotes {
          text
          surfaces
          line
          startSec
          transcript {
            id
            title
          }
          segment {
            id
            title
          }
        }
        claims {
          id
          text
          stance
          line
          startSec
          transcript {
            id
          }
          segment {
            id
          }
        }
      }
    }
  }
`;

/** Sizes of what is loaded, so a table always says which graph it measured. */
const SCALE = /* GraphQL */ `
  query BenchScale {
    transcripts(first: 1) {
      totalCount
    }
    claims(first: 1) {
      totalCount
    }
    people(first: 1) {
      totalCount
    }
    organizations(first: 1) {
      totalCount
    }
    models(first: 1) {
      totalCount
    }
    topics(first: 1) {
      totalCount
    }
  }
`;

async function gql<T>(url: string, document: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: document, variables }),
  });
  const text = await res.text();
  const body = JSON.parse(text) as { data?: T; errors?: { message: string }[] };
  if (!res.ok || body.errors?.length || !body.data) {
    throw new Error(
      `HTTP ${res.status}: ${body.errors?.map((e) => e.message).join('; ') ?? text.slice(0, 200)}`,
    );
  }
  return { data: body.data, bytes: Buffer.byteLength(text) };
}

/** The subjects a user reaches from the overview: its top topic, top speaker and first day. */
async function buildCases(
  url: string,
  docs: Awaited<ReturnType<typeof webDocuments>>,
): Promise<Case[]> {
  type Edges<N> = { edges: { node: N }[] };
  const { data: leaders } = await gql<{
    topics: Edges<{ id: string; name: string; stats: { mentions: number } }>;
    people: Edges<{ id: string; name: string; profile: { claimCount: number } }>;
  }>(url, docs.LEADERS, { n: 10, speakers: 100 });
  const topic = leaders.topics.edges[Math.max(0, TOPIC_RANK - 1)]?.node;
  const person = leaders.people.edges
    .map((e) => e.node)
    .sort((a, b) => b.profile.claimCount - a.profile.claimCount)[0];
  if (!topic || !person)
    throw new Error('the graph has no topics or no people: load a corpus first');
  const { data: days } = await gql<{ conferenceDays: { date: string | null }[] }>(url, docs.DAYS);
  const dated = days.conferenceDays.flatMap((d) => (d.date ? [d.date] : [])).sort();
  const half = Math.ceil(dated.length / 2);
  const periods = {
    before: { from: dated[0], to: dated[half - 1] },
    after: { from: dated[half] ?? dated[0], to: dated[dated.length - 1] },
  };
  console.log(
    `subjects: topic #${TOPIC_RANK} ${topic.id} (${topic.stats.mentions} mentions), ` +
      `person ${person.id} (${person.profile.claimCount} claims), day ${dated[0]}, search "${topic.name}"`,
  );
  return [
    {
      page: 'overview',
      name: 'OverviewTranscripts',
      document: docs.TRANSCRIPTS,
      variables: { first: 50, after: null },
    },
    {
      page: 'overview',
      name: 'OverviewLeaders',
      document: docs.LEADERS,
      variables: { n: 10, speakers: 100 },
    },
    { page: 'overview', name: 'ConferenceDays', document: docs.DAYS, variables: {} },
    {
      page: 'overview',
      name: 'RisingTopics',
      document: docs.RISING,
      variables: { ...periods, n: 8 },
    },
    { page: 'topic', name: 'EntityPage', document: docs.ENTITY, variables: { id: topic.id } },
    {
      page: 'topic',
      name: 'ClaimList (entity)',
      document: docs.CLAIMS,
      variables: { filter: { entityId: topic.id }, first: 100, after: null },
    },
    {
      page: 'topic',
      name: 'EntityTrend',
      document: docs.TREND,
      variables: { ids: [topic.id], bucket: 'TRANSCRIPT', split: 'NONE' },
    },
    {
      page: 'topic',
      name: 'SessionIndex',
      document: docs.SESSION_INDEX,
      variables: { first: 50, after: null },
    },
    {
      page: 'topic',
      name: 'WhoSaidWhat (API)',
      document: WHO_SAID_WHAT,
      variables: { id: topic.id },
    },
    { page: 'person', name: 'PersonPage', document: docs.PERSON, variables: { id: person.id } },
    {
      page: 'person',
      name: 'ClaimList (speaker)',
      document: docs.CLAIMS,
      variables: { filter: { speakerId: person.id }, first: 100, after: null },
    },
    {
      page: 'graph',
      name: 'TopicGraph',
      document: docs.TOPIC_GRAPH,
      variables: docs.graphVariables(docs.readGraphState(new URLSearchParams())),
    },
    {
      page: 'coverage',
      name: 'Coverage (day)',
      document: docs.COVERAGE,
      variables: { date: dated[0] },
    },
    {
      page: 'search',
      name: 'Search',
      document: docs.SEARCH,
      variables: { q: topic.name, types: null, first: 50 },
    },
  ];
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** One bounded autocannon run of one operation; latencies are recorded per response. */
async function measure(url: string, c: Case): Promise<Row> {
  const body = JSON.stringify({ query: c.document, variables: c.variables });
  // Warm-up and check: the answer must be data without errors before it is worth timing. The
  // median of these sequential requests is the latency without queueing (`solo`).
  let bytes = 0;
  const solo: number[] = [];
  for (let i = 0; i < 3 && solo.every((t) => t < 10_000); i++) {
    const t0 = performance.now();
    bytes = (await gql(url, c.document, c.variables)).bytes;
    solo.push(performance.now() - t0);
  }
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
        },
        body,
        connections: CONNECTIONS,
        duration: DURATION_SEC,
        // Generous, so a slow answer is waited for rather than abandoned and sent again: the
        // server would go on computing the abandoned one.
        timeout: 120,
        verifyBody: (b) => !String(b).includes('"errors":['),
      },
      (err, res) => (err ? reject(err as Error) : resolve(res)),
    );
    // autocannon passes (client, status, bytes, responseTime); its typings omit the client.
    instance.on('response', (...args: unknown[]) => times.push(args[args.length - 1] as number));
  });
  times.sort((a, b) => a - b);
  return {
    page: c.page,
    name: c.name,
    requests: times.length,
    rps: times.length / (result.duration || DURATION_SEC),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    max: times[times.length - 1] ?? NaN,
    errors: result.non2xx + result.errors + result.mismatches,
    solo: solo.sort((a, b) => a - b)[Math.floor(solo.length / 2)]!,
    bytes,
  };
}

/**
 * Waits until the requests still in flight when the last run ended are done (the server does not
 * cancel them), so runs do not bleed into each other. Returns the seconds waited.
 */
async function settle(url: string, document: string): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < 600_000) {
    const t0 = performance.now();
    const ok = await gql(url, document).then(
      () => true,
      () => false,
    );
    if (ok && performance.now() - t0 < 100) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  return (Date.now() - started) / 1000;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** Starts the real API server as a child process and waits for /ready. */
async function startServer(): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      API_HOST: '127.0.0.1',
      API_PORT: String(port),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the API server exited with code ${child.exitCode}`);
    const ready = await fetch(`${base}/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { url: `${base}/graphql`, child };
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGTERM');
  throw new Error('the API server was not ready within 60 s');
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '-');

function printTable(rows: Row[]): void {
  const header = [
    'page',
    'query',
    'requests',
    'req/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'max ms',
    'errors',
    'solo ms',
    'KB/resp',
  ];
  const lines = rows.map((r) => [
    r.page,
    r.name,
    r.failure ? 'failed' : String(r.requests),
    r.rps.toFixed(1),
    ms(r.p50),
    ms(r.p95),
    ms(r.p99),
    ms(r.max),
    String(r.errors),
    ms(r.solo),
    (r.bytes / 1024).toFixed(1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) =>
    `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  console.log(fmt(header));
  console.log(
    `|${widths.map((w, i) => (i < 2 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
  );
  for (const l of lines) console.log(fmt(l));
  for (const r of rows.filter((x) => x.failure))
    console.log(`${r.page}/${r.name} failed: ${r.failure}`);
}

async function main(): Promise<void> {
  const docs = await webDocuments();
  let server: { url: string; child: ChildProcess | null } = opts.url
    ? { url: opts.url, child: null }
    : await startServer();
  const stop = () => server.child?.kill('SIGKILL');
  process.once('SIGINT', () => {
    stop();
    process.exit(130);
  });
  try {
    const { data: scale } = await gql<Record<string, { totalCount: number }>>(server.url, SCALE);
    console.log(
      `graph: ${Object.entries(scale)
        .map(([k, v]) => `${v.totalCount} ${k}`)
        .join(', ')}`,
    );
    const only = opts.only?.split(',');
    const cases = (await buildCases(server.url, docs)).filter(
      (c) => !only || only.some((o) => c.page === o || c.name === o),
    );
    console.log(
      `${cases.length} operations × ${DURATION_SEC} s, ${CONNECTIONS} connections, ${server.url}; ` +
        `${cpus().length} CPUs, load average ${loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')}`,
    );
    const rows: Row[] = [];
    for (const c of cases) {
      try {
        const r = await measure(server.url, c);
        rows.push(r);
        console.log(
          `  ${c.page}/${c.name}: ${r.requests} requests, p95 ${ms(r.p95)} ms, solo ${ms(r.solo)} ms`,
        );
      } catch (e) {
        const failure = e instanceof Error ? e.message : String(e);
        rows.push({ ...FAILED, page: c.page, name: c.name, failure });
        console.log(`  ${c.page}/${c.name}: not measured: ${failure}`);
      }
      // Requests still in flight when a run ends would go on loading the database. A server of
      // our own is killed instead (Neo4j terminates the transactions of closed connections) and
      // started afresh; one given by --url is waited for.
      if (server.child) {
        stop();
        server = await startServer();
      }
      const waited = await settle(server.url, docs.DAYS);
      if (waited > 2) console.log(`    waited ${waited.toFixed(0)} s for requests still running`);
    }
    console.log(
      `load average after: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}\n`,
    );
    printTable(rows);
  } finally {
    stop();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
