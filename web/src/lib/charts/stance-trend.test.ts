import { describe, expect, it } from 'vitest';
import { CLAIMS, SESSIONS } from '../../../test/fixtures/claims';
import { buildStanceTrendOption } from './stance-trend';

describe('buildStanceTrendOption', () => {
  it('stacks claim counts per session by stance, keeping empty sessions', () => {
    const option = buildStanceTrendOption(SESSIONS, CLAIMS, 'en') as {
      xAxis: { data: { value: string }[] };
      series: { name: string; data: { value: number }[] }[];
    };
    expect(option.xAxis.data.map((d) => d.value)).toEqual(['P1', 'P2', 'P3']);
    expect(option.series.map((s) => [s.name, s.data.map((d) => d.value)])).toEqual([
      ['positive', [1, 0, 0]],
      ['prediction', [0, 2, 0]],
      ['concern', [1, 1, 0]],
    ]);
  });

  it('matches the snapshot', () => {
    expect(buildStanceTrendOption(SESSIONS, CLAIMS, 'zh')).toMatchSnapshot();
  });
});
