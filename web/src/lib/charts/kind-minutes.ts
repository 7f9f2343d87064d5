import type { EChartsCoreOption } from 'echarts/core';
import { translateDynamic, type Lang } from '$lib/i18n';
import { SEGMENT_KINDS, type TranscriptRow } from '$lib/queries/overview';
import { CHART_FONT, KIND_COLORS } from './palette';

/** Total minutes per segment kind over all transcripts, largest first. */
export function kindMinutes(rows: TranscriptRow[]): { kind: (typeof SEGMENT_KINDS)[number]; minutes: number }[] {
  return SEGMENT_KINDS.map((kind) => ({
    kind,
    minutes:
      Math.round(
        rows.reduce(
          (sum, t) => sum + t.segments.filter((s) => s.kind === kind).reduce((a, s) => a + (s.endSec - s.startSec), 0),
          0,
        ) / 6,
      ) / 10,
  }))
    .filter((r) => r.minutes > 0)
    .sort((a, b) => b.minutes - a.minutes);
}

/** A horizontal bar per segment kind: how much of the conference each kind of talk took. */
export function buildKindMinutesOption(rows: TranscriptRow[], lang: Lang): EChartsCoreOption {
  const data = kindMinutes(rows);
  return {
    textStyle: { fontFamily: CHART_FONT },
    animation: false,
    grid: { left: 8, right: 48, top: 8, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', splitLine: { lineStyle: { type: 'dashed' } } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: data.map((r) => translateDynamic(lang, `kind.${r.kind}`, r.kind)),
      axisTick: { show: false },
    },
    series: [
      {
        type: 'bar',
        name: lang === 'zh' ? '分钟' : 'minutes',
        barMaxWidth: 22,
        label: { show: true, position: 'right' },
        data: data.map((r) => ({ value: r.minutes, itemStyle: { color: KIND_COLORS[r.kind] } })),
      },
    ],
  };
}
