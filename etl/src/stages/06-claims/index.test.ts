import { describe, expect, it } from 'vitest';
import { claimConfidence, stanceOf } from './index.ts';

describe('stanceOf', () => {
  const rows: [string, string][] = [
    ['我比较担心数据泄露的风险。', 'concern'],
    ['未来每个人都会有自己的AI助手。', 'prediction'],
    ['这并不是一个泡沫。', 'negative'],
    ['开源给整个行业带来了很大的帮助。', 'positive'],
    ['这个模型有七十亿个参数。', 'neutral'],
    ['I worry about the risk of misuse.', 'concern'],
  ];
  it.each(rows)('%s → %s', (text, stance) => expect(stanceOf(text)).toBe(stance));
});

describe('claimConfidence', () => {
  const rows: [string, number, string, boolean][] = [
    ['我觉得大模型的竞争最终会回到应用上。', 1, 'guest', true],
    ['谢谢主持人。', 0, 'guest', false],
    ['您怎么看这个问题？', 1, 'host', false],
    ['我觉得这个很好。', 0, 'music', false],
    ['今天天气不错我们出去走走吧。', 0, 'guest', false],
  ];
  it.each(rows)('%s (%i topics, %s) → claim %s', (text, topics, role, isClaim) => {
    expect(claimConfidence(text, topics, role) >= 0.4).toBe(isClaim);
  });
});
