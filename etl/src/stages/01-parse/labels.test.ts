import { describe, expect, it } from 'vitest';
import { acceptLabels, isRoleLabel, matchLabelCandidate, type LabelCandidate } from './labels.ts';

describe('matchLabelCandidate', () => {
  it.each<[string, LabelCandidate | null]>([
    ['主持人：欢迎各位', { label: '主持人', labelIndex: 0, contentIndex: 4 }],
    ['张三：你好', { label: '张三', labelIndex: 0, contentIndex: 3 }],
    ['张三:你好', { label: '张三', labelIndex: 0, contentIndex: 3 }],
    ['李晓燕: 我补充一点', { label: '李晓燕', labelIndex: 0, contentIndex: 5 }],
    ['  王明（清华大学）：大家好', { label: '王明（清华大学）', labelIndex: 2, contentIndex: 11 }],
    ['嘉宾A：好的', { label: '嘉宾A', labelIndex: 0, contentIndex: 4 }],
    ['NAME: hello', { label: 'NAME', labelIndex: 0, contentIndex: 6 }],
    ['Jane Doe: Thanks.', { label: 'Jane Doe', labelIndex: 0, contentIndex: 10 }],
    ['Dr. Jane Smith: Hello', { label: 'Dr. Jane Smith', labelIndex: 0, contentIndex: 16 }],
    [
      'Ludwig van Beethoven: Da',
      { label: 'Ludwig van Beethoven', labelIndex: 0, contentIndex: 22 },
    ],
    ['Q: Why?', { label: 'Q', labelIndex: 0, contentIndex: 3 }],
    ['A: Because.', { label: 'A', labelIndex: 0, contentIndex: 3 }],
    ['Speaker 2: yes', { label: 'Speaker 2', labelIndex: 0, contentIndex: 11 }],
    ['Jane Doe:', { label: 'Jane Doe', labelIndex: 0, contentIndex: 9 }],
    // colons inside sentences
    ['The answer is simple: we build.', null],
    ['We start at 10:30 sharp.', null],
    ['See https://example.com for details', null],
    ['Ratio 1:2 holds', null],
    ['他说：数据很重要。', null],
    ['他表示：我们会继续。', null],
    ['我想先从一个问题开始：大模型真的会推理吗？', null],
    ['尊敬的各位领导，各位来宾：大家好', null],
    ['So, here it is: the plan', null],
    ['One Two Three Four Five Six: too many words', null],
    ['这是一个非常非常非常非常非常长的不是标签的句子开头：内容', null],
    ['：no label', null],
    ['12: numbers only', null],
    ['no colon at all', null],
  ])('%j', (line, expected) => {
    expect(matchLabelCandidate(line)).toEqual(expected);
  });
});

describe('isRoleLabel', () => {
  it.each<[string, boolean]>([
    ['主持人', true],
    ['主持', true],
    ['嘉宾A', true],
    ['嘉宾 2', true],
    ['观众', true],
    ['问', true],
    ['Moderator', true],
    ['MODERATOR', true],
    ['Q', true],
    ['Speaker 1', true],
    ['Audience Member', true],
    ['王明', false],
    ['Jane Doe', false],
    ['Note', false],
  ])('%s → %s', (label, role) => {
    expect(isRoleLabel(label)).toBe(role);
  });
});

describe('acceptLabels', () => {
  it.each<[string, [string, number][], string[]]>([
    [
      'recurring labels',
      [
        ['王明', 2],
        ['李华', 3],
      ],
      ['王明', '李华'],
    ],
    [
      'role words once',
      [
        ['主持人', 1],
        ['Q', 1],
      ],
      ['主持人', 'Q'],
    ],
    [
      'full names once',
      [
        ['Jane Doe', 1],
        ['Dr. Tom Okafor', 1],
      ],
      ['Jane Doe', 'Dr. Tom Okafor'],
    ],
    ['Chinese name with a title once', [['王先生', 1]], ['王先生']],
    ['a lone bare name is not enough', [['王明', 1]], []],
    ['a lone capitalised word is not enough', [['Note', 1]], []],
    [
      'bare names join once the document has labels',
      [
        ['主持人', 3],
        ['王明', 1],
        ['Maria', 1],
      ],
      ['主持人', '王明', 'Maria'],
    ],
    [
      'long phrases do not join',
      [
        ['主持人', 3],
        ['今天的主题是关于人工智能', 1],
      ],
      ['主持人'],
    ],
  ])('%s', (_name, counts, accepted) => {
    expect([...acceptLabels(new Map(counts))].sort()).toEqual([...accepted].sort());
  });
});
