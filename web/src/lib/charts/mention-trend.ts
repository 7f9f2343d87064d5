import type { EChartsCoreOption } from 'echarts/core';
import type { Lang } from '$lib/i18n';
import type { Trend, TrendMetric } from '$lib/queries/trend';
import { CHART_FONT } from './palette';

/** More series than this are summed into one "others" series, so the legend stays readable. */
const MAX_SERIES = 8;

/**
 * Mentions over the conference, one line per series (entity, or speaker when split), on
 * session or day buckets. `share` plots the percentage of all mentions in the bucket, which
 * corrects for sessions of different length.
 */
export function buildMentionTrendOption(trend: Trend, metric: TrendMetric, lang: Lang): EChartsCoreOption {
  const keys = trend.buckets.map((b) => b.key);
  const labels = trend.buckets.map((b) => b.transcript?.part ?? b.date ?? b.label);
  const value = (p: { mentions: number; mentionShare: number }) =>
    metric === 'share' ? Math.round(p.mentionShare * 1000) / 10 : p.mentions;
  const ranked = [...trend.series].sort((a, b) => b.totalMentions - a.totalMentions);
  const shown = ranked.slice(0, MAX_SERIES);
  const rest = ranked.slice(MAX_SERIES);

  const line = (name: string, values: number[]) => ({
    type: 'line',
    name,
    symbolSize: 7,
    connectNulls: true,
    emphasis: { focus: 'series' },
    data: values.map((v, i) => ({ value: v, bucketKey: keys[i] })),
  });
  const valuesOf = (s: Trend['series'][number]) => {
    const byKey = new Map(s.points.map((p) => [p.bucketKey, p]));
    return keys.map((k) => {
      const p = byKey.get(k);
      return p ? value(p) : 0;
    });
  };
  const series = shown.map((s) => line(s.speaker?.name ?? s.entity.name, valuesOf(s)));
  if (rest.length) {
    const sums = keys.map((_, i) => rest.reduce((n, s) => n + (valuesOf(s)[i] ?? 0), 0));
    series.push(line(lang === 'zh' ? `其他（${rest.length}）` : `others (${rest.length})`, sums.map((v) => Math.round(v * 10) / 10)));
  }

  return {
    textStyle: { fontFamily: CHART_FONT },
    animation: false,
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 24, top: 36, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: labels, boundaryGap: false, axisLabel: { interval: 0, rotate: labels.length > 12 ? 45 : 0 } },
    yAxis: {
      type: 'value',
      minInterval: metric === 'share' ? 0 : 1,
      name: metric === 'share' ? '%' : lang === 'zh' ? '提及' : 'mentions',
      splitLine: { lineStyle: { type: 'dashed' } },
    },
    series,
  };
}
