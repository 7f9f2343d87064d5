import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY1, DAY2, E } from './fixtures/conference.ts';
import { setUp, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await setUp();
});
afterAll(() => h.close());

const TREND = /* GraphQL */ `
  query (
    $entityIds: [ID!]!
    $bucket: TrendBucketKind!
    $minutes: Int
    $transcriptId: ID
    $from: Date
    $to: Date
    $split: TrendSplit
  ) {
    trend(
      entityIds: $entityIds
      bucket: $bucket
      minutes: $minutes
      transcriptId: $transcriptId
      from: $from
      to: $to
      split: $split
    ) {
      bucket
      split
      buckets {
        key
        label
        date
        startSec
        endSec
        totalMentions
        totalChars
        utterances
      }
      series {
        key
        totalMentions
        entity {
          id
        }
        speaker {
          id
        }
        transcript {
          id
        }
        points {
          bucketKey
          mentions
          chars
          mentionShare
          charShare
        }
      }
    }
  }
`;

const charsOf = (...utterances: { charCount: number }[]) =>
  utterances.reduce((n, u) => n + u.charCount, 0);
const u = (g: typeof DAY1, line: number) => g.utterances.find((x) => x.line === line)!;

describe('trend', () => {
  it('counts mentions by day with both kinds of share, in one Cypher query', async () => {
    const res = await h.gql(TREND, { entityIds: [E.agents.id, E.embodied.id], bucket: 'DAY' });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.extensions?.cypherQueries).toBe(1);
    const t = res.body.data!.trend;
    expect(t.bucket).toBe('DAY');
    expect(t.buckets.map((b: any) => [b.key, b.totalMentions, b.totalChars, b.utterances])).toEqual(
      [
        ['2025-07-26', 19, DAY1.transcript.charCount, 8],
        ['2025-07-27', 7, DAY2.transcript.charCount, 3],
      ],
    );
    const [agents, embodied] = t.series;
    expect(agents.entity.id).toBe(E.agents.id);
    expect(agents.points.map((p: any) => p.mentions)).toEqual([4, 4]);
    expect(agents.points[1].mentionShare).toBeCloseTo(4 / 7, 6);
    expect(agents.points[1].charShare).toBe(1);
    const day1AgentChars = charsOf(u(DAY1, 8), u(DAY1, 10), u(DAY1, 12));
    expect(agents.points[0].chars).toBe(day1AgentChars);
    expect(agents.points[0].charShare).toBeCloseTo(day1AgentChars / DAY1.transcript.charCount, 6);
    expect(embodied.points.map((p: any) => p.mentions)).toEqual([5, 1]);
  });

  it('buckets one transcript by segment', async () => {
    const res = await h.gql(TREND, {
      entityIds: [E.embodied.id],
      bucket: 'SEGMENT',
      transcriptId: DAY1.transcript.id,
    });
    const t = res.body.data!.trend;
    expect(t.buckets.map((b: any) => [b.label, b.startSec, b.endSec])).toEqual([
      ['开场', 0, 60],
      ['对话：数据与智能体', 60, 600],
      ['圆桌：开源模型', 600, 900],
    ]);
    expect(t.series[0].points.map((p: any) => p.mentions)).toEqual([2, 2, 1]);
  });

  it('buckets one transcript by N minutes', async () => {
    const res = await h.gql(TREND, {
      entityIds: [E.agents.id],
      bucket: 'MINUTES',
      minutes: 5,
      transcriptId: DAY1.transcript.id,
    });
    const t = res.body.data!.trend;
    expect(t.buckets.map((b: any) => [b.label, b.startSec, b.endSec, b.utterances])).toEqual([
      ['0–5 min', 0, 300, 4],
      ['5–10 min', 300, 600, 2],
      ['10–15 min', 600, 900, 2],
    ]);
    expect(t.series[0].points.map((p: any) => p.mentions)).toEqual([2, 2, 0]);
  });

  it('splits by speaker (unidentified speech has speaker null) and by transcript', async () => {
    const bySpeaker = await h.gql(TREND, {
      entityIds: [E.agents.id],
      bucket: 'TRANSCRIPT',
      split: 'SPEAKER',
    });
    const series = bySpeaker.body.data!.trend.series;
    expect(
      Object.fromEntries(
        series.map((s: any) => [s.speaker?.id ?? 'unidentified', s.totalMentions]),
      ),
    ).toEqual({
      [E.huang.id]: 5,
      [E.liu.id]: 1,
      [E.wang.id]: 1,
      unidentified: 1,
    });
    expect(series[0].speaker.id).toBe(E.huang.id);
    expect(series[0].points.map((p: any) => p.mentions)).toEqual([2, 3]);

    const byTranscript = await h.gql(TREND, {
      entityIds: [E.embodied.id],
      bucket: 'DAY',
      split: 'TRANSCRIPT',
    });
    expect(
      byTranscript.body.data!.trend.series.map((s: any) => [s.transcript.id, s.totalMentions]),
    ).toEqual([
      [DAY1.transcript.id, 5],
      [DAY2.transcript.id, 1],
    ]);
  });

  it('limits to a date range', async () => {
    const res = await h.gql(TREND, {
      entityIds: [E.agents.id],
      bucket: 'TRANSCRIPT',
      from: '2025-07-27',
      to: '2025-07-27',
    });
    expect(res.body.data!.trend.buckets.map((b: any) => b.key)).toEqual([DAY2.transcript.id]);
  });

  it('rejects inconsistent arguments with BAD_USER_INPUT before touching the database', async () => {
    const cases = [
      { entityIds: [E.agents.id], bucket: 'SEGMENT' },
      { entityIds: [], bucket: 'DAY' },
      { entityIds: Array.from({ length: 11 }, (_, i) => `topic:${i}`), bucket: 'DAY' },
      { entityIds: [E.agents.id], bucket: 'MINUTES', transcriptId: DAY1.transcript.id, minutes: 0 },
      { entityIds: [E.agents.id], bucket: 'DAY', from: '2025-07-28', to: '2025-07-26' },
    ];
    for (const variables of cases) {
      const res = await h.gql(TREND, variables);
      expect(res.body.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe(
        'BAD_USER_INPUT',
      );
      expect(res.body.extensions?.cypherQueries ?? 0).toBe(0);
    }
    const badDate = await h.gql(TREND, {
      entityIds: [E.agents.id],
      bucket: 'DAY',
      from: '26/07/2025',
    });
    expect(badDate.status).toBe(400);
  });
});

describe('risingTopics', () => {
  const RISING = /* GraphQL */ `
    query ($before: PeriodInput!, $after: PeriodInput!, $first: Int) {
      risingTopics(before: $before, after: $after, first: $first) {
        beforeTotal
        afterTotal
        items {
          entity {
            id
          }
          before
          after
          beforeShare
          afterShare
          change
          ratio
        }
      }
    }
  `;

  it('ranks topics by gain in share between two periods', async () => {
    const res = await h.gql(RISING, {
      before: { from: '2025-07-26', to: '2025-07-26' },
      after: { from: '2025-07-27', to: '2025-07-27' },
    });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.extensions?.cypherQueries).toBe(1);
    const r = res.body.data!.risingTopics;
    expect([r.beforeTotal, r.afterTotal]).toEqual([12, 6]);
    expect(r.items.map((i: any) => [i.entity.id, i.before, i.after])).toEqual([
      [E.agents.id, 4, 4],
      [E.open.id, 3, 1],
      [E.embodied.id, 5, 1],
    ]);
    expect(r.items[0].change).toBeCloseTo(4 / 6 - 4 / 12, 6);
    expect(r.items[0].ratio).toBeGreaterThan(1);
  });

  it('rejects overlapping periods', async () => {
    const res = await h.gql(RISING, {
      before: { from: '2025-07-26', to: '2025-07-27' },
      after: { from: '2025-07-27', to: '2025-07-27' },
    });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
