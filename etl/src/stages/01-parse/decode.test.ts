import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../errors.ts';
import { decodeTranscript, splitLines } from './decode.ts';

const fixture = (name: string): Uint8Array =>
  readFileSync(new URL(`../../../test/fixtures/${name}`, import.meta.url));
const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const utf16be = (text: string): Uint8Array => {
  const le = Buffer.from(text, 'utf16le');
  return Uint8Array.from(le, (_, i) => le[i ^ 1] ?? 0);
};
const SOURCE =
  '主持人：大家好，欢迎收看本期节目。\n王明：谢谢，很高兴来到这里。我们今天聊聊人工智能。\n';

describe('decodeTranscript: accepted input', () => {
  it.each<[string, Uint8Array, string, string]>([
    ['UTF-8', utf8('hello 你好'), 'hello 你好', 'utf-8'],
    ['UTF-8 with BOM (BOM dropped)', bytes(0xef, 0xbb, 0xbf, ...utf8('你好')), '你好', 'utf-8-bom'],
    [
      'UTF-16LE with BOM',
      bytes(0xff, 0xfe, ...Buffer.from('你好 ok', 'utf16le')),
      '你好 ok',
      'utf-16le',
    ],
    ['UTF-16BE with BOM', bytes(0xfe, 0xff, ...utf16be('你好 ok')), '你好 ok', 'utf-16be'],
    [
      'GB18030 (中文 测试)',
      bytes(0xd6, 0xd0, 0xce, 0xc4, 0x20, 0xb2, 0xe2, 0xca, 0xd4),
      '中文 测试',
      'gb18030',
    ],
    ['ASCII with tabs and form feed', utf8('a\tb\fc\n'), 'a\tb\fc\n', 'utf-8'],
    ['gb18030.txt fixture', fixture('gb18030.txt'), SOURCE, 'gb18030'],
    ['utf16.txt fixture', fixture('utf16.txt'), SOURCE, 'utf-16le'],
  ])('%s', (_name, input, text, encoding) => {
    expect(decodeTranscript(input, 'x.txt')).toEqual({ text, encoding });
  });
});

describe('decodeTranscript: refused input', () => {
  it.each<[string, Uint8Array, RegExp]>([
    ['empty', bytes(), /^empty file$/],
    ['only a BOM', bytes(0xef, 0xbb, 0xbf), /only a byte-order mark/],
    ['only whitespace', utf8(' \n\t\n'), /only whitespace/],
    ['NUL bytes', utf8('abc\0def'), /binary file \(contains NUL bytes\)/],
    [
      'control characters',
      bytes(...utf8('text'), 1, 2, 3, 4, 5, 6, 7, 8),
      /too many control characters/,
    ],
    [
      'UTF-16 with NUL characters',
      bytes(0xff, 0xfe, 0x41, 0x00, 0x00, 0x00, 0x42, 0x00),
      /contains NUL characters/,
    ],
    [
      'UTF-32 BOM',
      bytes(0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00),
      /UTF-32 is not supported/,
    ],
    ['truncated UTF-8', utf8('你好').subarray(0, 5), /truncated UTF-8.*byte 3, line 1/],
    [
      'invalid byte in UTF-8 Chinese',
      bytes(...utf8('你好你好你好\n你好'), 0xff, ...utf8('你好')),
      /invalid UTF-8 \(byte 25, line 2\) and not plausible GB18030/,
    ],
    [
      'Latin-1 text',
      bytes(...utf8('caf'), 0xe9, 0x20, ...utf8('cr'), 0xe8, ...utf8('me')),
      /not plausible GB18030/,
    ],
    ['binary.bin fixture', fixture('binary.bin'), /binary file/],
    ['empty.txt fixture', fixture('empty.txt'), /^empty file$/],
    ['truncated-utf8.txt fixture', fixture('truncated-utf8.txt'), /truncated UTF-8/],
  ])('%s', (_name, input, reason) => {
    let error: unknown;
    try {
      decodeTranscript(input, 'dir/bad.txt');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const inputError = error as InputError;
    expect(inputError.file).toBe('dir/bad.txt');
    expect(inputError.reason).toMatch(reason);
    expect(inputError.message).toBe(`dir/bad.txt: ${inputError.reason}`);
  });
});

describe('splitLines', () => {
  it.each<[string, string, string[]]>([
    ['LF', 'a\nb', ['a', 'b']],
    ['CRLF', 'a\r\nb\r\n', ['a', 'b']],
    ['CR only', 'a\rb\r\rc', ['a', 'b', '', 'c']],
    ['mixed', 'a\r\nb\nc\rd', ['a', 'b', 'c', 'd']],
    ['final terminator opens no line', 'a\n', ['a']],
    ['blank last line kept', 'a\n\n', ['a', '']],
    ['single line', 'abc', ['abc']],
    ['U+2028 is not a line break', 'a\u2028b', ['a\u2028b']],
  ])('%s', (_name, text, lines) => {
    expect(splitLines(text)).toEqual(lines);
  });
});
