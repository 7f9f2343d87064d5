import { describe, expect, it } from 'vitest';
import { blankMarkup, parseSubtitles, parseTimestamp } from './subtitles.ts';

describe('parseTimestamp', () => {
  it.each<[string, number | null]>([
    ['00:00:01,000', 1],
    ['00:00:03,500', 3.5],
    ['01:02:03.250', 3723.25],
    ['02:03.250', 123.25],
    ['100:00:00,000', 360000],
    ['00:00:01,5', 1.5],
    ['00:00:01', 1],
    [' 00:00:01,000 ', 1],
    ['00:00:0x,000', null],
    ['00:61:00,000', null],
    ['1.5', null],
    ['', null],
    ['abc', null],
  ])('%j → %s', (value, seconds) => {
    const parsed = parseTimestamp(value);
    if (seconds === null) expect(parsed).toBeNull();
    else expect(parsed).toBeCloseTo(seconds, 6);
  });
});

describe('blankMarkup', () => {
  it.each<[string, string]>([
    ['plain', 'plain'],
    ['<i>hi</i>', '   hi    '],
    ['Welcome.</v>', 'Welcome.    '],
    ['{\\an8}Top', '      Top'],
    ['a < b', 'a < b'],
  ])('%j → %j', (text, blanked) => {
    expect(blankMarkup(text)).toBe(blanked);
    expect(blankMarkup(text)).toHaveLength(text.length);
  });
});

type Row = [
  line: number,
  index: number,
  text: string,
  label: string | null,
  start: number | null,
  end: number | null,
];
const rows = (lines: string[], format: 'srt' | 'vtt'): Row[] =>
  parseSubtitles(lines, format).blocks.map((b) => [
    b.line,
    b.index,
    b.text,
    b.label,
    b.startSec,
    b.endSec,
  ]);
const rules = (lines: string[], format: 'srt' | 'vtt'): [string, number | null][] =>
  parseSubtitles(lines, format).diagnostics.map((d) => [d.rule, d.pos?.line ?? null]);

describe('parseSubtitles: SRT', () => {
  it.each<[string, string[], Row[]]>([
    [
      'one cue',
      ['1', '00:00:01,000 --> 00:00:02,000', 'Hello there.'],
      [[3, 0, 'Hello there.', null, 1, 2]],
    ],
    [
      'two-line cue gives one block per line',
      ['1', '00:00:01,000 --> 00:00:02,000', 'Hello', '  there.  '],
      [
        [3, 0, 'Hello', null, 1, 2],
        [4, 2, 'there.', null, 1, 2],
      ],
    ],
    ['cue without number', ['00:00:01,000 --> 00:00:02,000', 'Hi'], [[2, 0, 'Hi', null, 1, 2]]],
    [
      'labels in cue text (role word)',
      ['1', '00:00:01,000 --> 00:00:02,000', 'MODERATOR: Welcome.'],
      [[3, 11, 'Welcome.', 'MODERATOR', 1, 2]],
    ],
    [
      'text after a blank line inside a cue keeps the cue times',
      ['1', '00:00:01,000 --> 00:00:02,000', 'Hello', '', 'again'],
      [
        [3, 0, 'Hello', null, 1, 2],
        [5, 0, 'again', null, 1, 2],
      ],
    ],
    [
      'malformed start',
      ['1', '00:00:xx,000 --> 00:00:02,000', 'Text'],
      [[3, 0, 'Text', null, null, 2]],
    ],
    ['missing arrow target', ['1', '00:00:01,000 -->', 'Text'], [[3, 0, 'Text', null, 1, null]]],
  ])('%s', (_name, lines, expected) => {
    expect(rows(lines, 'srt')).toEqual(expected);
  });

  it.each<[string, string[], [string, number | null][]]>([
    [
      'clean file',
      ['1', '00:00:01,000 --> 00:00:02,000', 'a', '', '2', '00:00:02,000 --> 00:00:03,000', 'b'],
      [],
    ],
    [
      'overlap',
      ['1', '00:00:01,000 --> 00:00:04,000', 'a', '', '2', '00:00:03,000 --> 00:00:05,000', 'b'],
      [['subtitle/overlap', 6]],
    ],
    [
      'backwards',
      ['1', '00:00:05,000 --> 00:00:06,000', 'a', '', '2', '00:00:01,000 --> 00:00:02,000', 'b'],
      [['subtitle/backwards', 6]],
    ],
    [
      'end before start',
      ['1', '00:00:05,000 --> 00:00:04,000', 'a'],
      [['subtitle/end-before-start', 2]],
    ],
    [
      'malformed timestamps',
      ['1', 'xx --> yy', 'a'],
      [
        ['subtitle/timestamp', 2],
        ['subtitle/timestamp', 2],
      ],
    ],
    ['cue without text', ['1', '00:00:01,000 --> 00:00:02,000'], [['subtitle/empty-cue', 2]]],
    [
      'lone cue number',
      ['1', '00:00:01,000 --> 00:00:02,000', 'a', '', '2'],
      [['subtitle/empty-cue', 5]],
    ],
    ['text outside a cue', ['stray text'], [['subtitle/no-timing', 1]]],
  ])('diagnostics: %s', (_name, lines, expected) => {
    expect(rules(lines, 'srt')).toEqual(expected);
  });
});

describe('parseSubtitles: WebVTT', () => {
  it.each<[string, string[], Row[]]>([
    [
      'voice tags give labels; NOTE and STYLE are skipped',
      [
        'WEBVTT',
        '',
        'NOTE a comment',
        'with two lines',
        '',
        'STYLE',
        '::cue { color: red }',
        '',
        'id-1',
        '00:00.000 --> 00:02.500 align:start',
        '<v Jane Doe>Hello.</v>',
        '<v.loud Tom>Hi!',
        'no voice here',
      ],
      [
        [11, 12, 'Hello.</v>', 'Jane Doe', 0, 2.5],
        [12, 12, 'Hi!', 'Tom', 0, 2.5],
        [13, 0, 'no voice here', null, 0, 2.5],
      ],
    ],
    [
      'hours are optional',
      ['WEBVTT', '', '01:00:00.000 --> 01:00:01.000', 'x'],
      [[4, 0, 'x', null, 3600, 3601]],
    ],
    ['header-only file', ['WEBVTT - Title', 'Kind: captions'], []],
  ])('%s', (_name, lines, expected) => {
    expect(rows(lines, 'vtt')).toEqual(expected);
  });

  it.each<[string[], string | null]>([
    [['WEBVTT'], null],
    [['WEBVTT - Panel on open models'], 'Panel on open models'],
    [['WEBVTT Title'], 'Title'],
  ])('header %j → title %j', (lines, title) => {
    expect(parseSubtitles(lines, 'vtt').headerTitle).toBe(title);
  });
});
