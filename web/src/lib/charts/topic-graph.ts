import type { EChartsCoreOption } from 'echarts/core';
import { entityKindFromApi, type EntityKind } from '$lib/entities';
import type { TopicGraph } from '$lib/queries/topic-graph';
import { CHART_FONT } from './palette';

/** Node shape per kind, so kinds stay apparent when colour shows the community. */
const SYMBOL: Record<EntityKind, string> = {
  topic: 'circle',
  person: 'roundRect',
  organization: 'rect',
  model: 'diamond',
};

const COMMUNITY_COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#7f7f7f'];

/**
 * The co-occurrence graph as a force layout: node size grows with mentions, colour is the
 * community, shape the kind; edge width grows with how often two entities co-occur.
 */
export function buildTopicGraphOption(graph: TopicGraph): EChartsCoreOption {
  const maxMentions = Math.max(1, ...graph.nodes.map((n) => n.mentions));
  const maxWeight = Math.max(1, ...graph.edges.map((e) => e.weight));
  const communities = [...graph.communities].sort((a, b) => a.id - b.id);
  const categoryOf = new Map(communities.map((c, i) => [c.id, i]));
  const labelThreshold = [...graph.nodes].sort((a, b) => b.mentions - a.mentions)[Math.min(29, graph.nodes.length - 1)]?.mentions ?? 0;

  return {
    textStyle: { fontFamily: CHART_FONT },
    animationDuration: 600,
    legend: { top: 0, type: 'scroll', data: communities.map((c) => c.label) },
    tooltip: {},
    color: COMMUNITY_COLORS,
    series: [
      {
        type: 'graph',
        layout: 'force',
        top: 40,
        roam: true,
        draggable: true,
        force: { repulsion: 160, edgeLength: [40, 160], gravity: 0.08, layoutAnimation: true },
        categories: communities.map((c) => ({ name: c.label })),
        label: { position: 'right', fontSize: 12 },
        labelLayout: { hideOverlap: true },
        emphasis: { focus: 'adjacency', lineStyle: { width: 4 } },
        lineStyle: { color: 'source', opacity: 0.45, curveness: 0.1 },
        data: graph.nodes.map((n) => {
          const kind = entityKindFromApi(n.type) ?? 'topic';
          return {
            id: n.id,
            name: n.name,
            value: n.mentions,
            kind,
            category: categoryOf.get(n.community) ?? 0,
            symbol: SYMBOL[kind],
            symbolSize: 8 + 32 * Math.sqrt(n.mentions / maxMentions),
            label: { show: n.mentions >= labelThreshold },
          };
        }),
        links: graph.edges.map((e) => ({
          source: e.source,
          target: e.target,
          value: e.weight,
          lineStyle: { width: 0.5 + 4 * (e.weight / maxWeight) },
        })),
      },
    ],
  };
}
