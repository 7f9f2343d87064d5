import type { EChartsCoreOption } from 'echarts/core';
import { transcriptLabel, truncate } from '$lib/format';
import { translateDynamic, type Lang } from '$lib/i18n';
import { kindFromApi } from '$lib/queries/overview';
import type { PersonDetail } from '$lib/queries/person';
import { STANCE_COLORS } from '$lib/stance';
import { CHART_FONT, KIND_COLORS } from './palette';

const GRID = { left: 8, right: 40, top: 36, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' };

/** The topics a person raised: mentions in their turns and claims about each, stacked. */
export function buildPersonTopicsOption(topics: PersonDetail['profile']['topics'], lang: Lang): EChartsCoreOption {
  const rows = [...topics].sort((a, b) => b.mentions + b.claims - (a.mentions + a.claims));
  const series = (name: string, color: string, pick: (r: (typeof rows)[number]) => number) => ({
    type: 'bar',
    stack: 'topic',
    name,
    barMaxWidth: 18,
    itemStyle: { color },
    data: rows.map((r) => ({ value: pick(r), id: r.topic.id })),
  });
  return {
    textStyle: { fontFamily: CHART_FONT },
    animation: false,
    legend: { top: 0 },
    grid: GRID,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { type: 'dashed' } } },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => truncate(r.topic.name, 12)), axisTick: { show: false } },
    series: [
      series(lang === 'zh' ? '提及' : 'mentions', '#1f77b4', (r) => r.mentions),
      series(lang === 'zh' ? '观点' : 'claims', STANCE_COLORS.prediction, (r) => r.claims),
    ],
  };
}

/** Minutes a person spoke in each segment they took part in, in time order, coloured by segment kind. */
export function buildPersonSessionsOption(sessions: PersonDetail['profile']['sessions'], lang: Lang): EChartsCoreOption {
  const label = (s: (typeof sessions)[number]) =>
    `${transcriptLabel({ part: s.transcript.part, sessionTitle: s.segment.title, title: s.segment.title }, 14)}`;
  return {
    textStyle: { fontFamily: CHART_FONT },
    animation: false,
    grid: { ...GRID, top: 8 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'value',
      name: lang === 'zh' ? '分钟' : 'min',
      splitLine: { lineStyle: { type: 'dashed' } },
    },
    yAxis: { type: 'category', inverse: true, data: sessions.map(label), axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        name: lang === 'zh' ? '发言分钟' : 'minutes spoken',
        barMaxWidth: 18,
        label: { show: true, position: 'right', formatter: '{c}' },
        data: sessions.map((s) => {
          const kind = kindFromApi(s.segment.kind);
          return {
            value: Math.round((s.talkSec / 60) * 10) / 10,
            transcriptId: s.transcript.id,
            segmentId: s.segment.id,
            name: kind ? translateDynamic(lang, `kind.${kind}`, kind) : s.segment.kind,
            itemStyle: { color: kind ? KIND_COLORS[kind] : '#999' },
          };
        }),
      },
    ],
  };
}
