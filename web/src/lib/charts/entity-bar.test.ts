import { describe, expect, it } from 'vitest';
import { buildEntityBarOption } from './entity-bar';

describe('buildEntityBarOption', () => {
  const rows = [
    { id: 'topic:compute', name: '算力', value: 3 },
    { id: 'topic:llm', name: '大模型', value: 8 },
    { id: 'topic:embodied', name: '具身智能', value: 5 },
  ];

  it('ranks rows by value and keeps ids for clicks', () => {
    const option = buildEntityBarOption(rows, { seriesName: '提及', color: '#1f77b4', limit: 2 }) as {
      yAxis: { data: string[] };
      series: { data: { id: string; value: number }[] }[];
    };
    expect(option.yAxis.data).toEqual(['大模型', '具身智能']);
    expect(option.series[0]!.data).toEqual([
      { id: 'topic:llm', value: 8 },
      { id: 'topic:embodied', value: 5 },
    ]);
  });

  it('matches the snapshot', () => {
    expect(buildEntityBarOption(rows, { seriesName: 'mentions', color: '#2ca02c' })).toMatchSnapshot();
  });
});
