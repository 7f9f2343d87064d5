import type { EChartsCoreOption } from 'echarts/core';
import { translateDynamic, type Lang } from '$lib/i18n';
import type { Claim } from '$lib/queries/claims';
import type { SessionRef } from '$lib/queries/transcript';
import { STANCE_COLORS, STANCES } from '$lib/stance';
import { CHART_FONT } from './palette';

/**
 * Claims per session, stacked by stance: how much, and in what spirit, something was
 * talked about over the conference. Sessions with no claims stay on the axis, so gaps show.
 */
export function buildStanceTrendOption(sessions: SessionRef[], claims: Claim[], lang: Lang): EChartsCoreOption {
  const index = new Map(sessions.map((s, i) => [s.id, i]));
  const present = STANCES.filter((st) => claims.some((c) => c.stance === st));
  const label = (s: SessionRef) => s.part ?? s.id;
  return {
    textStyle: { fontFamily: CHART_FONT },
    animation: false,
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'category',
      data: sessions.map((s) => ({ value: label(s), tooltip: { show: true } })),
      axisLabel: { interval: 0, rotate: sessions.length > 12 ? 45 : 0 },
    },
    yAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { type: 'dashed' } } },
    series: present.map((stance) => {
      const counts = sessions.map(() => 0);
      for (const c of claims) {
        const i = index.get(c.transcript.id);
        if (c.stance === stance && i !== undefined) counts[i]!++;
      }
      return {
        type: 'bar',
        stack: 'claims',
        name: translateDynamic(lang, `stance.${stance}`, stance),
        itemStyle: { color: STANCE_COLORS[stance] },
        barMaxWidth: 36,
        data: counts.map((value, i) => ({ value, transcriptId: sessions[i]!.id })),
      };
    }),
  };
}
