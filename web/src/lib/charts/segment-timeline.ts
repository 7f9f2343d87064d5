import type { EChartsCoreOption } from 'echarts/core';
import type { CustomSeriesRenderItem } from 'echarts';
import { translateDynamic, type Lang } from '$lib/i18n';
import { formatDuration, transcriptLabel } from '$lib/format';
import { SEGMENT_KINDS, type TranscriptRow } from '$lib/queries/overview';
import { CHART_FONT, KIND_COLORS } from './palette';

/** Value layout of one timeline bar: [row index, start minute, end minute, start sec, end sec]. */
type BarValue = [number, number, number, number, number];

/** Draws one segment as a rectangle on its transcript's row, clipped to the plot area. */
const renderSegment: CustomSeriesRenderItem = (params, api) => {
  const row = api.value(0) as number;
  const [x0, y] = api.coord([api.value(1), row]) as [number, number];
  const [x1] = api.coord([api.value(2), row]) as [number, number];
  const height = (api.size?.([0, 1]) as number[])[1]! * 0.62;
  const grid = params.coordSys as unknown as { x: number; y: number; width: number; height: number };
  const left = Math.max(x0, grid.x);
  const right = Math.min(x1, grid.x + grid.width);
  if (right <= left) return null;
  return {
    type: 'rect',
    shape: { x: left, y: y - height / 2, width: Math.max(right - left, 1), height },
    style: { fill: api.visual('color') as string, stroke: '#fff', lineWidth: 0.5 },
  };
};

/**
 * A Gantt-style timeline: one row per transcript, one rectangle per segment, coloured by
 * kind, x in minutes from the start of the recording. One series per kind so the legend
 * can toggle kinds.
 */
export function buildSegmentTimelineOption(rows: TranscriptRow[], lang: Lang): EChartsCoreOption {
  const labels = rows.map((t) => transcriptLabel(t));
  const maxMin = Math.max(1, ...rows.map((t) => t.durationSec / 60));
  const kindName = (k: string) => translateDynamic(lang, `kind.${k}`, k);
  const present = SEGMENT_KINDS.filter((k) => rows.some((t) => t.segments.some((s) => s.kind === k)));

  const series = present.map((kind) => ({
    type: 'custom',
    name: kindName(kind),
    renderItem: renderSegment,
    itemStyle: { color: KIND_COLORS[kind] },
    encode: { x: [1, 2], y: 0 },
    data: rows.flatMap((t, i) =>
      t.segments
        .filter((s) => s.kind === kind)
        .map((s) => ({
          id: s.id,
          name: s.title,
          value: [i, s.startSec / 60, s.endSec / 60, s.startSec, s.endSec] satisfies BarValue,
        })),
    ),
  }));

  return {
    textStyle: { fontFamily: CHART_FONT },
    animation: false,
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 40, top: 36, bottom: 24, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      trigger: 'item',
      formatter: (p: { seriesName: string; name: string; value: BarValue }) => {
        const [row, , , start, end] = p.value;
        const title = escapeHtml(p.name);
        const where = escapeHtml(labels[row] ?? '');
        return `<b>${title}</b><br/>${escapeHtml(p.seriesName)} · ${where}<br/>${formatDuration(start)} – ${formatDuration(end)}`;
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: Math.ceil(maxMin / 10) * 10,
      name: lang === 'zh' ? '分钟' : 'min',
      nameLocation: 'end',
      splitLine: { lineStyle: { type: 'dashed' } },
    },
    yAxis: {
      type: 'category',
      data: labels,
      inverse: true,
      axisTick: { show: false },
      axisLabel: { width: 180, overflow: 'truncate' },
    },
    dataZoom: [{ type: 'inside', xAxisIndex: 0, filterMode: 'weakFilter' }],
    series,
  };
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
