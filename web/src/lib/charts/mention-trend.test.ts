import { describe, expect, it } from 'vitest';
import type { Trend } from '$lib/queries/trend';
import { buildMentionTrendOption } from './mention-trend';

const bucket = (key: string, part: string) => ({
  key,
  label: key,
  date: '2024-07-04',
  totalMentions: 10,
  transcript: { id: key, part, sessionTitle: key },
});
const llm = { id: 'topic:llm', name: '大模型' };
const TREND: Trend = {
  buckets: [bucket('p1', 'P1'), bucket('p2', 'P2')],
  series: [
    {
      key: 'topic:llm',
      totalMentions: 3,
      entity: llm,
      speaker: null,
      points: [
        { bucketKey: 'p1', mentions: 1, mentionShare: 0.1 },
        { bucketKey: 'p2', mentions: 2, mentionShare: 0.25 },
      ],
    },
  ],
};

describe('buildMentionTrendOption', () => {
  it.each([
    ['mentions', [1, 2]],
    ['share', [10, 25]],
  ] as const)('plots %s per bucket', (metric, values) => {
    const option = buildMentionTrendOption(TREND, metric, 'zh') as {
      xAxis: { data: string[] };
      series: { name: string; data: { value: number }[] }[];
    };
    expect(option.xAxis.data).toEqual(['P1', 'P2']);
    expect(option.series[0]!.name).toBe('大模型');
    expect(option.series[0]!.data.map((d) => d.value)).toEqual(values);
  });

  it('sums speakers beyond the eighth into one series', () => {
    const many: Trend = {
      ...TREND,
      series: Array.from({ length: 10 }, (_, i) => ({
        ...TREND.series[0]!,
        key: `s${i}`,
        totalMentions: 10 - i,
        speaker: { id: `person:${i}`, name: `发言人${i}` },
      })),
    };
    const option = buildMentionTrendOption(many, 'mentions', 'zh') as { series: { name: string; data: { value: number }[] }[] };
    expect(option.series).toHaveLength(9);
    expect(option.series[8]!.name).toBe('其他（2）');
    expect(option.series[8]!.data.map((d) => d.value)).toEqual([2, 4]);
  });

  it('matches the snapshot', () => {
    expect(buildMentionTrendOption(TREND, 'mentions', 'en')).toMatchSnapshot();
  });
});
