import type { EChartsCoreOption } from 'echarts/core';
import { truncate } from '$lib/format';
import { CHART_FONT } from './palette';

export interface EntityBarRow {
  id: string;
  name: string;
  value: number;
}

/** Horizontal bars of the top `limit` rows by value, largest on top (value labels at the end). */
export function buildEntityBarOption(
  rows: EntityBarRow[],
  opts: { seriesName: string; color: string; limit?: number },
): EChartsCoreOption {
  const top = [...rows].sort((a, b) => b.value - a.value).slice(0, opts.limit ?? 20);
  return {
    textStyle: { fontFamily: CHART_FONT },
    animation: false,
    grid: { left: 8, right: 40, top: 8, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { type: 'dashed' } } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: top.map((r) => truncate(r.name, 14)),
      axisTick: { show: false },
    },
    series: [
      {
        type: 'bar',
        name: opts.seriesName,
        barMaxWidth: 18,
        itemStyle: { color: opts.color },
        label: { show: true, position: 'right' },
        data: top.map((r) => ({ id: r.id, value: r.value })),
      },
    ],
  };
}
