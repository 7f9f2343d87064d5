import { describe, expect, it } from 'vitest';
import type { SourceFormat } from '../../types.ts';
import { detectFormat } from './formats.ts';

describe('detectFormat', () => {
  it.each<[string, string[], SourceFormat, number | null]>([
    ['WebVTT', ['WEBVTT', '', '00:00.000 --> 00:01.000', 'hi'], 'vtt', null],
    [
      'WebVTT with header text',
      ['WEBVTT - Title', '', '00:00.000 --> 00:01.000', 'hi'],
      'vtt',
      null,
    ],
    ['SRT', ['1', '00:00:01,000 --> 00:00:02,000', 'hi'], 'srt', null],
    ['SRT after blank lines', ['', '', '1', '00:00:01,000 --> 00:00:02,000', 'hi'], 'srt', null],
    ['SRT without numbers', ['00:00:01,000 --> 00:00:02,000', 'hi'], 'srt', null],
    [
      'corpus markdown',
      ['# 2025大会 - P3：20250301-论坛 - U - BV0', '', '大家好。', '', '![](img/a.png)'],
      'corpus-md',
      0,
    ],
    ['markdown images without title', ['大家好。', '![](img/a.png)'], 'corpus-md', null],
    ['Chinese labels', ['主持人：欢迎。', '王明：谢谢。', '主持人：请讲。'], 'labelled', null],
    [
      'English labels with continuation',
      ['Jane Doe: Hi.', 'More from Jane.', 'Tom Lee: Hello.'],
      'labelled',
      null,
    ],
    ['Q and A', ['Q: Why?', 'A: Because.', 'Q: Really?', 'A: Yes.'], 'labelled', null],
    [
      'labelled with a title line',
      ['# Panel', 'Moderator: Hi.', 'Jane Doe: Hello.'],
      'labelled',
      0,
    ],
    [
      'one label among sentences',
      ['主持人：欢迎。', '今天天气很好。', '我们开始吧。', '谢谢大家。'],
      'plain',
      null,
    ],
    [
      'colons in sentences',
      ['The answer is simple: yes.', 'At 10:30 we start.', 'Fine.'],
      'plain',
      null,
    ],
    ['plain text', ['Hello.', 'World.'], 'plain', null],
    ['a # inside text is no title', ['Hello #1.', 'World.'], 'plain', null],
  ])('%s', (_name, lines, format, titleLine) => {
    const detected = detectFormat(lines);
    expect([detected.format, detected.titleLine]).toEqual([format, titleLine]);
  });
});
