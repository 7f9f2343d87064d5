import { describe, expect, it } from 'vitest';
import { TWO_TRANSCRIPTS } from '../../../test/fixtures/chart-rows';
import { buildSegmentTimelineOption } from './segment-timeline';

describe('buildSegmentTimelineOption', () => {
  it('matches the snapshot', () => {
    expect(buildSegmentTimelineOption(TWO_TRANSCRIPTS, 'zh')).toMatchSnapshot();
  });

  it('puts each segment on its transcript row in minutes, one series per kind present', () => {
    const option = buildSegmentTimelineOption(TWO_TRANSCRIPTS, 'en') as {
      series: { name: string; data: { name: string; value: number[] }[] }[];
      yAxis: { data: string[] };
      xAxis: { max: number };
    };
    expect(option.series.map((s) => s.name)).toEqual(['Speech', 'Panel', 'Ceremony', 'Music']);
    expect(option.series[0]!.data).toEqual([
      { id: 't1:s2', name: '致辞', value: [0, 2, 25, 120, 1500] },
      { id: 't2:s1', name: '主旨演讲', value: [1, 0, 20, 0, 1200] },
    ]);
    expect(option.yAxis.data).toEqual(['P1 · 开幕式', 'P2 · 具身智能与机器人分论坛']);
    expect(option.xAxis.max).toBe(50);
  });

  it('has no series for no transcripts', () => {
    const option = buildSegmentTimelineOption([], 'zh') as { series: unknown[] };
    expect(option.series).toEqual([]);
  });
});
