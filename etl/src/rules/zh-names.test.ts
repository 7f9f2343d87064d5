import { describe, expect, it } from 'vitest';
import { findAddressForms, findNames, isPlausibleName } from './zh-names.ts';

/** Invented names only: the rules must find people from how they are introduced. */
describe('findNames', () => {
  const rows: [string, string, { name: string; cue: string }[]][] = [
    ['self-introduction', '好嗯我叫王明远,我是来自某某大学的研究员。', [{ name: '王明远', cue: 'self' }]],
    ['host introduces themself', '观众朋友们大家好,我是主持人李晓燕。', [{ name: '李晓燕', cue: 'host' }]],
    ['title before the name', '我们请到的是某某大学的副研究员赵立群你好', [{ name: '赵立群', cue: 'title' }]],
    ['honorific after the name', '今天请来了孙悦女士。', [{ name: '孙悦', cue: 'greeting' }]],
    ['listed names', '五位观察员林晓、莫子涵、王子轩。', [
      { name: '林晓', cue: 'title' },
      { name: '莫子涵', cue: 'title' },
      { name: '王子轩', cue: 'title' },
    ]],
    ['thanks', '也谢谢周文博啊,来聊聊。', [{ name: '周文博', cue: 'address' }]],
    ['no name in ordinary speech', '我是来自复旦大学的,我觉得这个非常好。', []],
    ['a word after a title is not a name', '他是首席执行官来做这件事。', []],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(findNames(text).map(({ name, cue }) => ({ name, cue }))).toEqual(expected);
  });
});

describe('isPlausibleName', () => {
  const rows: [string, boolean][] = [
    ['王明远', true],
    ['赵立群', true],
    ['来自', false], // an ordinary word
    ['智能更', false], // 智能 + 更
    ['陶教授', false], // surname + title is an address form
    ['华为', false], // an organisation
    ['谢谢', false], // jieba tags it nr; it is a common word
    ['Jane', false],
  ];
  it.each(rows)('%s → %s', (word, expected) => expect(isPlausibleName(word)).toBe(expected));
});

describe('findAddressForms', () => {
  it.each([
    ['那王总您怎么看', [{ surname: '王', title: '总' }]],
    ['请教一下李教授', [{ surname: '李', title: '教授' }]],
    ['我们总是这样', []],
  ])('%s', (text, expected) => {
    expect(findAddressForms(text).map(({ surname, title }) => ({ surname, title }))).toEqual(expected);
  });
});
