import { describe, expect, it } from 'vitest';
import { buildPersonSessionsOption, buildPersonTopicsOption } from './person';

const topics = [
  { topic: { id: 'topic:llm', name: '大模型' }, mentions: 1, claims: 2 },
  { topic: { id: 'topic:datasafety', name: '数据安全' }, mentions: 2, claims: 2 },
];
const sessions = [
  {
    roles: ['GUEST', 'SPEAKER'],
    share: 0.35,
    talkSec: 615,
    talkChars: 38,
    segment: { id: 'demo-p2:s3', title: '圆桌：大模型如何真正落地', kind: 'PANEL', ordinal: 3, startSec: 1620, endSec: 4080 },
    transcript: { id: 'demo-p2', part: 'P2', date: '2024-07-04', sessionTitle: '大模型产业发展论坛' },
  },
];

describe('person charts', () => {
  it('ranks topics by mentions plus claims', () => {
    const option = buildPersonTopicsOption(topics, 'zh') as { yAxis: { data: string[] }; series: { data: { value: number }[] }[] };
    expect(option.yAxis.data).toEqual(['数据安全', '大模型']);
    expect(option.series.map((s) => s.data.map((d) => d.value))).toEqual([[2, 1], [2, 2]]);
  });

  it('shows minutes spoken per segment, coloured by kind', () => {
    expect(buildPersonSessionsOption(sessions, 'zh')).toMatchSnapshot();
  });
});
