import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY1, DAY2 } from './fixtures/conference.ts';
import { setUp, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await setUp();
});
afterAll(() => h.close());

const PAGE = /* GraphQL */ `
  query Page($first: Int, $after: String) {
    transcripts(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          sessionTitle
          part
          date
          language
          lineCount
          charCount
          durationSec
          timeBasis
          segments {
            id
            ordinal
            kind
            title
            startLine
            endLine
            startSec
            endSec
            charCount
          }
        }
      }
    }
  }
`;

describe('transcripts', () => {
  it('pages through transcripts by date with relay cursors', async () => {
    const first = await h.gql(PAGE, { first: 1 });
    expect(first.status).toBe(200);
    const page1 = first.body.data!.transcripts;
    expect(page1.totalCount).toBe(2);
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(page1.edges.map((e: any) => e.node.id)).toEqual([DAY1.transcript.id]);

    const second = await h.gql(PAGE, { first: 1, after: page1.pageInfo.endCursor });
    const page2 = second.body.data!.transcripts;
    expect(page2.edges.map((e: any) => e.node.id)).toEqual([DAY2.transcript.id]);
    expect(page2.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('returns every transcript field and its segments in order', async () => {
    const res = await h.gql(PAGE, { first: 10 });
    const day1 = res.body.data!.transcripts.edges[0].node;
    const { transcript: t } = DAY1;
    expect(day1).toMatchObject({
      id: t.id,
      title: t.title,
      sessionTitle: '具身智能论坛',
      part: '上半场',
      date: '2025-07-26',
      language: 'zh',
      lineCount: 30,
      charCount: t.charCount,
      durationSec: 900,
      timeBasis: 'estimated',
    });
    expect(day1.segments.map((s: any) => [s.ordinal, s.kind, s.title])).toEqual([
      [0, 'HOST_MONOLOGUE', '开场'],
      [1, 'INTERVIEW', '对话：数据与智能体'],
      [2, 'PANEL', '圆桌：开源模型'],
    ]);
    expect(day1.segments[1]).toMatchObject({
      startLine: 5,
      endLine: 20,
      startSec: 60,
      endSec: 600,
    });
    expect(res.body.data!.transcripts.edges[1].node.part).toBeNull();
  });

  it('loads the segments of a whole page in one Cypher query (list + segments + count = 3)', async () => {
    const res = await h.gql(PAGE, { first: 10 });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.extensions?.cypherQueries).toBe(3);
    const noCount = await h.gql(
      `{ transcripts(first: 10) { edges { node { id segments { id } } } } }`,
    );
    expect(noCount.body.extensions?.cypherQueries).toBe(2);
  });

  it('looks a transcript up by id, and returns null when it is absent', async () => {
    const res = await h.gql(`query ($id: ID!) { transcript(id: $id) { id segments { id } } }`, {
      id: DAY2.transcript.id,
    });
    expect(res.body.data!.transcript).toEqual({
      id: DAY2.transcript.id,
      segments: DAY2.segments.map((s) => ({ id: s.id })),
    });
    const missing = await h.gql(`{ transcript(id: "no-such-transcript") { id } }`);
    expect(missing.status).toBe(200);
    expect(missing.body).toMatchObject({ data: { transcript: null } });
    expect(missing.body.errors).toBeUndefined();
    expect(missing.body.extensions?.cypherQueries).toBe(1);
  });

  it('looks a segment up by id with its transcript, null when absent', async () => {
    const seg = DAY1.segments[1]!;
    const res = await h.gql(`query ($id: ID!) { segment(id: $id) { id kind transcript { id } } }`, {
      id: seg.id,
    });
    expect(res.body.data!.segment).toEqual({
      id: seg.id,
      kind: 'INTERVIEW',
      transcript: { id: DAY1.transcript.id },
    });
    expect(res.body.extensions?.cypherQueries).toBe(2);
    const missing = await h.gql(`{ segment(id: "nope") { id } }`);
    expect(missing.body.data).toEqual({ segment: null });
  });

  it('rejects page sizes outside 0–100 and foreign cursors with BAD_USER_INPUT', async () => {
    for (const args of ['first: -1', 'first: 101', 'first: 2, after: "bm9wZQ=="']) {
      const res = await h.gql(`{ transcripts(${args}) { edges { cursor } } }`);
      expect(res.body.errors?.[0]?.extensions?.code, args).toBe('BAD_USER_INPUT');
    }
  });
});

describe('health', () => {
  it('reports the database as reachable', async () => {
    const res = await h.gql(`{ health { status database latencyMs error } }`);
    expect(res.body.data!.health).toMatchObject({ status: 'OK', database: true, error: null });
    expect(res.body.data!.health.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('answers the readiness probe', async () => {
    const res = await h.get('/ready');
    expect(res.status).toBe(200);
  });
});
