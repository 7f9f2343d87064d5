/**
 * Crash safety against the real Neo4j: the ingest CLI is killed (SIGKILL) at seeded random
 * moments while it loads a folder. After each kill every transcript is either absent or
 * complete with the counts of a clean load, every transcript the CLI reported as loaded is
 * there, nothing hangs off a missing transcript and no entity is left without relationships.
 * Running the ingest to completion afterwards gives exactly the counts of a clean load.
 *
 * Start-up (tsx, jieba, the lexicons) takes seconds and varies with the machine's load, so half
 * the kills are timed from the start of the process and half from its first committed
 * transcript: those land in the stretch where the write transactions run.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Graph, graphCounts } from '@discourse/graph';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const SOURCES = ['zh-corpus.md', 'en-labelled.txt', 'en-plain.txt', 'zh-labelled.txt'];
const COPIES = 2;
const KILLS = 8;
const SEED = 0x5eed_2024;
/** Earliest kill after the start: the process is barely running before this. */
const MIN_DELAY_MS = 200;

/** mulberry32: a small seeded generator, so a failing kill schedule can be replayed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** When to kill: this long after the process starts, or after it reports its first load. */
interface Kill {
  from: 'start' | 'first-load';
  afterMs: number;
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  ms: number;
  /** When the first `loaded` line came, ms after the start (null: none came). */
  firstLoadMs: number | null;
  /** Transcript files the CLI reported as loaded before it ended. */
  reportedLoaded: number;
  /** Whether the CLI had a transaction open on the server just before the kill. */
  killedInTransaction: boolean | null;
  stderr: string;
}

/** Open transactions other than the one asking (only the CLI talks to this database). */
const OPEN_TRANSACTIONS = `
SHOW TRANSACTIONS YIELD currentQuery
WHERE NOT trim(currentQuery) STARTS WITH 'SHOW TRANSACTIONS'
RETURN count(*) AS n`;

/** Runs the real CLI (`ingest <folder> --force`) as a child process, optionally SIGKILLed. */
function ingest(folder: string, kill?: Kill): Promise<Run> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'etl/src/cli.ts', 'ingest', folder, '--force'], {
      cwd: ROOT,
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let firstLoadMs: number | null = null;
    let killedInTransaction: boolean | null = null;
    let timer: NodeJS.Timeout | null = null;
    const killNow = async () => {
      const [row] = await graph.query<{ n: number }>(OPEN_TRANSACTIONS).catch(() => []);
      if (child.exitCode !== null || child.signalCode !== null) return;
      killedInTransaction = (row?.n ?? 0) > 0;
      child.kill('SIGKILL');
    };
    const arm = () => (timer = setTimeout(() => void killNow(), kill!.afterMs));
    if (kill?.from === 'start') arm();
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (firstLoadMs === null && / — loaded /.test(stdout)) {
        firstLoadMs = Math.round(performance.now() - t0);
        if (kill?.from === 'first-load') arm();
      }
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      const reportedLoaded = stdout.split('\n').filter((l) => / — loaded /.test(l)).length;
      const ms = Math.round(performance.now() - t0);
      resolve({ code, signal, ms, firstLoadMs, reportedLoaded, killedInTransaction, stderr });
    });
  });
}

interface TranscriptState {
  id: string;
  complete: boolean | null;
  segments: number;
  utterances: number;
  claims: number;
}

const TRANSCRIPTS = `
MATCH (t:Transcript)
RETURN t.id AS id, t.complete AS complete,
       COUNT { (t)-[:HAS_SEGMENT]->(:Segment) } AS segments,
       COUNT { (t)-[:HAS_SEGMENT]->(:Segment)-[:HAS_UTTERANCE]->(:Utterance) } AS utterances,
       COUNT { (:Claim {transcriptId: t.id}) } AS claims
ORDER BY id`;

/** Segments, utterances and claims whose transcript is missing or that hang off nothing. */
const ORPHANS = `
MATCH (n)
WHERE (n:Segment OR n:Utterance OR n:Claim)
  AND (NOT EXISTS { MATCH (:Transcript {id: n.transcriptId}) }
       OR (n:Segment AND NOT EXISTS { MATCH (:Transcript)-[:HAS_SEGMENT]->(n) })
       OR (n:Utterance AND NOT EXISTS { MATCH (:Segment)-[:HAS_UTTERANCE]->(n) })
       OR (n:Claim AND NOT EXISTS { MATCH (n)-[:STATED_IN]->(:Utterance) }))
RETURN labels(n)[0] AS label, n.id AS id`;

const LONELY_ENTITIES = `
MATCH (e) WHERE (e:Person OR e:Organization OR e:Model OR e:Topic) AND NOT (e)--()
RETURN labels(e)[0] AS label, e.id AS id`;

const COUNTS = `
MATCH (n) UNWIND labels(n) AS label RETURN ':' + label AS key, count(*) AS n
UNION ALL
MATCH ()-[r]->() RETURN '[:' + type(r) + ']' AS key, count(*) AS n`;

/** Node and relationship totals, and per label and type (so a mismatch says where). */
async function counts(graph: Graph): Promise<Record<string, number>> {
  const rows = await graph.query<{ key: string; n: number }>(COUNTS);
  return { ...(await graphCounts(graph)), ...Object.fromEntries(rows.map((r) => [r.key, r.n])) };
}

/** Everything but the migration records, so the CLI does not redo the schema each time. */
const WIPE = 'MATCH (n) WHERE NOT n:Migration DETACH DELETE n';

let graph: Graph;
let folder: string;
/** The clean load, and how long a full run takes and how long its loading stretch lasts. */
let clean: { states: TranscriptState[]; counts: Record<string, number>; ms: number; loadingMs: number };

beforeAll(async () => {
  graph = Graph.connect();
  folder = mkdtempSync(path.join(tmpdir(), 'crash-'));
  for (const source of SOURCES) {
    for (let k = 1; k <= COPIES; k++) {
      const [base, ext] = source.split('.');
      copyFileSync(path.join(FIXTURES, source), path.join(folder, `${base}-copy${k}.${ext}`));
    }
  }
  await graph.execute(WIPE);
  const first = await ingest(folder);
  expect(first.code, first.stderr).toBe(0);
  const states = await graph.query<TranscriptState>(TRANSCRIPTS);
  expect(states).toHaveLength(SOURCES.length * COPIES);
  // a second full run warms Neo4j up, so its timing is what the kills are spread over
  const warm = await ingest(folder);
  expect(warm.code, warm.stderr).toBe(0);
  clean = { states, counts: await counts(graph), ms: warm.ms, loadingMs: warm.ms - (warm.firstLoadMs ?? 0) };
  console.info(`crash clean load: ${first.ms} ms, warm re-run ${warm.ms} ms (loading ${clean.loadingMs} ms); ${JSON.stringify(clean.counts)}`);
});

afterAll(async () => {
  await graph?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/**
 * Each anchor gets one random point in each of its equal slices (so start-up, the write
 * transactions and the gaps between them all get hit); rounds in shuffled order. Odd rounds
 * start from an empty graph, even rounds from what the previous kill left.
 */
function killSchedule(seed: number, kills: number): { round: number; from: Kill['from']; fraction: number; fresh: boolean }[] {
  const random = seeded(seed);
  const half = Math.ceil(kills / 2);
  const points = Array.from({ length: kills }, (_, k) => ({
    from: k < half ? ('start' as const) : ('first-load' as const),
    fraction: ((k % half) + random()) / half,
  }));
  for (let i = points.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [points[i], points[j]] = [points[j]!, points[i]!];
  }
  return points.map((p, k) => ({ round: k + 1, ...p, fresh: k % 2 === 0 }));
}

describe('ingest killed with SIGKILL', () => {
  it.each(killSchedule(SEED, KILLS))(
    'round $round (from $from, fresh graph: $fresh) leaves only complete transcripts',
    async ({ round, from, fraction, fresh }) => {
      if (fresh) await graph.execute(WIPE);
      const before = new Set((await graph.query<TranscriptState>(TRANSCRIPTS)).map((t) => t.id));
      const afterMs =
        from === 'start'
          ? Math.round(MIN_DELAY_MS + fraction * Math.max(0, clean.ms - MIN_DELAY_MS))
          : Math.round(fraction * clean.loadingMs);
      const run = await ingest(folder, { from, afterMs });

      const states = await graph.query<TranscriptState>(TRANSCRIPTS);
      const expected = new Map(clean.states.map((t) => [t.id, JSON.stringify(t)]));
      // present ⇒ complete, with exactly the segments, utterances and claims of a clean load
      expect(states.filter((t) => JSON.stringify(t) !== expected.get(t.id))).toEqual([]);
      expect(await graph.query(ORPHANS)).toEqual([]);
      expect(await graph.query(LONELY_ENTITIES)).toEqual([]);
      // what the CLI reported as loaded is there (it was committed before it was printed)
      expect(states.length).toBeGreaterThanOrEqual(run.reportedLoaded);
      // a complete transcript stays complete while it is being replaced
      expect([...before].filter((id) => !states.some((t) => t.id === id))).toEqual([]);

      if (run.signal !== 'SIGKILL') {
        expect(run.code, run.stderr).toBe(0);
        // the machine got faster: spread the next kills over the shorter run
        clean.ms = Math.min(clean.ms, run.ms);
        clean.loadingMs = Math.min(clean.loadingMs, run.ms - (run.firstLoadMs ?? 0));
      }
      const outcome =
        run.signal === 'SIGKILL'
          ? `killed ${afterMs} ms after ${from} (${run.ms} ms in all) ${run.killedInTransaction ? 'inside' : 'outside'} a transaction`
          : `finished in ${run.ms} ms, before the kill ${afterMs} ms after ${from}`;
      console.info(
        `crash round ${round}: ${outcome}; reported loaded ${run.reportedLoaded}; complete before ${before.size}, ` +
          `after ${states.length}/${clean.states.length}, absent ${clean.states.length - states.length}`,
      );
    },
    60_000,
  );

  it('re-running the ingest to completion gives exactly the counts of a clean load', async () => {
    const run = await ingest(folder);
    expect(run.code, run.stderr).toBe(0);
    expect(await graph.query<TranscriptState>(TRANSCRIPTS)).toEqual(clean.states);
    expect(await counts(graph)).toEqual(clean.counts);
    console.info(`crash final run: ${run.ms} ms`);
  }, 60_000);
});
