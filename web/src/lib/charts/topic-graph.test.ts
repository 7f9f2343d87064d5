import { describe, expect, it } from 'vitest';
import type { TopicGraph } from '$lib/queries/topic-graph';
import { buildTopicGraphOption } from './topic-graph';

const GRAPH: TopicGraph = {
  nodes: [
    { id: 'topic:llm', name: '大模型', type: 'TOPIC', mentions: 8, community: 0, strength: 11 },
    { id: 'topic:compute', name: '算力', type: 'TOPIC', mentions: 2, community: 0, strength: 5 },
    { id: 'org:yunxiu', name: '云岫科技', type: 'ORGANIZATION', mentions: 2, community: 1, strength: 4 },
  ],
  edges: [
    { source: 'topic:compute', target: 'topic:llm', weight: 4, claims: 2, utterances: 2 },
    { source: 'org:yunxiu', target: 'topic:llm', weight: 1, claims: 0, utterances: 1 },
  ],
  communities: [
    { id: 1, label: '云岫科技', size: 1, mentions: 2, memberIds: ['org:yunxiu'] },
    { id: 0, label: '大模型', size: 2, mentions: 10, memberIds: ['topic:llm', 'topic:compute'] },
  ],
};

describe('buildTopicGraphOption', () => {
  const option = buildTopicGraphOption(GRAPH) as {
    legend: { data: string[] };
    series: { data: { id: string; category: number; symbol: string; symbolSize: number }[]; links: { value: number }[] }[];
  };

  it('maps communities to categories in id order and kinds to shapes', () => {
    expect(option.legend.data).toEqual(['大模型', '云岫科技']);
    expect(option.series[0]!.data.map((n) => [n.id, n.category, n.symbol])).toEqual([
      ['topic:llm', 0, 'circle'],
      ['topic:compute', 0, 'circle'],
      ['org:yunxiu', 1, 'rect'],
    ]);
  });

  it('sizes nodes by mentions', () => {
    const [big, small] = option.series[0]!.data;
    expect(big!.symbolSize).toBe(40);
    expect(small!.symbolSize).toBeLessThan(big!.symbolSize);
  });

  it('matches the snapshot', () => {
    expect(buildTopicGraphOption(GRAPH)).toMatchSnapshot();
  });
});
