import type { EChartsCoreOption } from 'echarts/core';
import { transcriptLabel } from '$lib/format';
import type { Lang } from '$lib/i18n';
import type { TranscriptCoverage } from '$lib/queries/coverage';
import { CHART_FONT } from './palette';

/** Speakers shown by name; the rest of each session is summed as "others". */
const TOP_SPEAKERS = 8;
const UNIDENTIFIED_COLOR = '#c7c7c7';

/**
 * Who spoke how much in each session (share of spoken characters, %), stacked: the speakers
 * with the most talk time across the shown sessions, everyone else, and unidentified speech.
 */
export function buildTalkShareOption(rows: TranscriptCoverage[], lang: Lang): EChartsCoreOption {
  const totals = new Map<string, { name: string; seconds: number }>();
  for (const r of rows) {
    for (const s of r.speakers) {
      if (!s.speaker) continue;
      const t = totals.get(s.speaker.id) ?? { name: s.speaker.name, seconds: 0 };
      t.seconds += s.seconds;
      totals.set(s.speaker.id, t);
    }
  }
  const top = [...totals.entries()].sort((a, b) => b[1].seconds - a[1].seconds).slice(0, TOP_SPEAKERS);
  const topIds = new Set(top.map(([id]) => id));
  const pct = (x: number) => Math.round(x * 1000) / 10;
  const bar = (name: string, values: number[], color?: string) => ({
    type: 'bar',
    stack: 'share',
    name,
    barMaxWidth: 26,
    ...(color ? { itemStyle: { color } } : {}),
    data: values.map((v, i) => ({ value: v, transcriptId: rows[i]!.transcript.id })),
  });

  const series = top.map(([id, t]) => bar(t.name, rows.map((r) => pct(r.speakers.find((s) => s.speaker?.id === id)?.share ?? 0))));
  const others = rows.map((r) => pct(r.speakers.filter((s) => s.speaker && !topIds.has(s.speaker.id)).reduce((n, s) => n + s.share, 0)));
  if (others.some((v) => v > 0)) series.push(bar(lang === 'zh' ? '其他发言人' : 'other speakers', others, '#8c8c8c'));
  series.push(bar(lang === 'zh' ? '未识别' : 'unidentified', rows.map((r) => pct(r.unidentified?.share ?? 0)), UNIDENTIFIED_COLOR));

  return {
    textStyle: { fontFamily: CHART_FONT },
    animation: false,
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 24, top: 36, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => `${v}%` },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { lineStyle: { type: 'dashed' } } },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => transcriptLabel(r.transcript)), axisTick: { show: false } },
    series,
  };
}
