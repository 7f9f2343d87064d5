import { describe, expect, it } from 'vitest';
import type { EntityProps } from '../model.ts';
import { rankRising, shapeTrend, type TrendRow } from './trends.ts';

const entity = (id: string, name = id): EntityProps => ({
  id,
  type: 'topic',
  name,
  aliases: [],
  variants: [],
  pinyin: '',
  role: null,
  affiliation: null,
});
const A = entity('a');
const B = entity('b');
const P = { ...entity('p'), type: 'person' as const };

const row = (over: Partial<TrendRow>): TrendRow => ({
  bucket: 't1',
  transcriptId: 't1',
  transcriptTitle: 'T1',
  date: '2025-07-26',
  segmentOrdinal: 0,
  segmentTitle: 'S',
  segmentStart: 0,
  segmentEnd: 60,
  speaker: null,
  chars: 100,
  mentions: 4,
  utterances: 2,
  hits: [],
  ...over,
});

describe('shapeTrend', () => {
  it('merges rows per bucket and computes both shares; repeats count as mentions, chars once', () => {
    const rows = [
      row({ hits: [{ hits: ['a', 'a', 'b'], chars: 40 }] }),
      row({ speaker: P, chars: 100, mentions: 4, hits: [{ hits: ['a'], chars: 10 }] }),
    ];
    const t = shapeTrend([A, B], rows, { entityIds: ['a', 'b'], bucket: 'transcript' });
    expect(t.buckets).toEqual([
      expect.objectContaining({
        key: 't1',
        label: 'T1',
        totalMentions: 8,
        totalChars: 200,
        utterances: 4,
      }),
    ]);
    expect(t.series.map((s) => [s.key, s.points[0]])).toEqual([
      ['a', { bucketKey: 't1', mentions: 3, chars: 50, mentionShare: 3 / 8, charShare: 50 / 200 }],
      ['b', { bucketKey: 't1', mentions: 1, chars: 40, mentionShare: 1 / 8, charShare: 40 / 200 }],
    ]);
  });

  it('zero-fills every requested entity when not split, and only speakers that spoke when split', () => {
    const rows = [row({ speaker: P, hits: [{ hits: ['a'], chars: 10 }] })];
    expect(shapeTrend([A, B], rows, { entityIds: ['a', 'b'], bucket: 'day' }).series).toHaveLength(
      2,
    );
    const split = shapeTrend([A, B], rows, {
      entityIds: ['a', 'b'],
      bucket: 'day',
      split: 'speaker',
    });
    expect(split.series.map((s) => [s.key, s.speaker?.id])).toEqual([['a@p', 'p']]);
  });

  it('makes contiguous minute buckets within one transcript', () => {
    const rows = [
      row({ bucket: 't1#0' }),
      row({ bucket: 't1#3', hits: [{ hits: ['a'], chars: 5 }] }),
    ];
    const t = shapeTrend([A], rows, {
      entityIds: ['a'],
      bucket: 'minutes',
      minutes: 10,
      transcriptId: 't1',
    });
    expect(t.buckets.map((b) => [b.key, b.label, b.startSec])).toEqual([
      ['t1#0', '0–10 min', 0],
      ['t1#1', '10–20 min', 600],
      ['t1#2', '20–30 min', 1200],
      ['t1#3', '30–40 min', 1800],
    ]);
    expect(t.series[0]!.points.map((p) => p.mentions)).toEqual([0, 0, 0, 1]);
  });

  it('orders day buckets by date', () => {
    const rows = [row({ bucket: '2025-07-27', date: '2025-07-27' }), row({ bucket: '2025-07-26' })];
    expect(
      shapeTrend([A], rows, { entityIds: ['a'], bucket: 'day' }).buckets.map((b) => b.key),
    ).toEqual(['2025-07-26', '2025-07-27']);
  });
});

describe('rankRising', () => {
  it('ranks by change of share and drops entities under minMentions', () => {
    const r = rankRising(
      [
        { period: 'before', entity: A, n: 8 },
        { period: 'before', entity: B, n: 2 },
        { period: 'after', entity: A, n: 2 },
        { period: 'after', entity: B, n: 8 },
      ],
      { limit: 10, minMentions: 3 },
    );
    expect(r).toMatchObject({ beforeTotal: 10, afterTotal: 10 });
    expect(r.items.map((i) => [i.entity.id, i.change])).toEqual([['b', 0.8 - 0.2]]);
  });
});
