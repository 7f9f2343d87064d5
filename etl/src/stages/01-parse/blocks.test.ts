import { describe, expect, it } from 'vitest';
import { contentBlock, isImageLine, isNonSpeech } from './blocks.ts';

describe('isNonSpeech', () => {
  it.each<[string, string, boolean]>([
    ['![](img/abc_1.png)', '![](img/abc_1.png)', true],
    ['🎼，🎼，🎼。', '  ,  ,  。', true],
    ['😊，', '  ,', true],
    ['[Music]', '[Music]', true],
    ['(applause) [laughter]', '(applause) [laughter]', true],
    ['【音乐】', '【音乐】', true],
    ['🎼欢迎收看', '  欢迎收看', false],
    ['[Music] Hello', '[Music] Hello', false],
    ['OK', 'OK', false],
    ['42', '42', false],
  ])('%j → %s', (text, norm, nonSpeech) => {
    expect(isNonSpeech(text, norm)).toBe(nonSpeech);
  });
});

describe('isImageLine', () => {
  it.each<[string, boolean]>([
    ['![](img/a.png)', true],
    ['![alt text](https://x/y.jpg)', true],
    ['see ![](img/a.png)', false],
    ['![](img/a.png) caption', false],
  ])('%j → %s', (text, image) => {
    expect(isImageLine(text)).toBe(image);
  });
});

describe('contentBlock', () => {
  const none = { label: null, startSec: null, endSec: null };
  it.each<[string, number, [number, string] | null]>([
    ['hello', 0, [0, 'hello']],
    ['  hello  ', 0, [2, 'hello']],
    ['主持人：欢迎', 4, [4, '欢迎']],
    ['Jane:   hi ', 5, [8, 'hi']],
    ['Jane:', 5, null],
    ['   ', 0, null],
    ['\u3000全角空格', 0, [1, '全角空格']],
  ])('%j from %i', (line, from, expected) => {
    const block = contentBlock(line, 7, from, none);
    expect(block && [block.index, block.text]).toEqual(expected);
    if (block) expect(line.slice(block.index, block.index + block.text.length)).toBe(block.text);
  });
});
