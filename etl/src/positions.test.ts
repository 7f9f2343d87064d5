import { describe, expect, it } from 'vitest';
import { toCodePointColumn, toUtf16Index } from './positions.ts';

describe('toCodePointColumn', () => {
  it.each<[string, number, number]>([
    ['', 0, 0],
    ['abc', 0, 0],
    ['abc', 3, 3],
    ['主持人：欢迎', 4, 4],
    ['😊好', 2, 1],
    ['😊好', 3, 2],
    ['a😊b😊c', 4, 3],
    ['a😊b😊c', 7, 5],
    // between the halves of a surrogate pair: the pair's column
    ['a😊b', 2, 1],
    // lone surrogates count as one code point each
    ['a\uD800b', 2, 2],
    ['\uDC00\uD800', 2, 2],
  ])('%j at UTF-16 index %i → column %i', (line, index, column) => {
    expect(toCodePointColumn(line, index)).toBe(column);
  });

  it.each<[string, number]>([
    ['abc', -1],
    ['abc', 4],
    ['abc', 1.5],
  ])('%j at %d throws', (line, index) => {
    expect(() => toCodePointColumn(line, index)).toThrow(RangeError);
  });
});

describe('toUtf16Index', () => {
  it.each<[string, number, number]>([
    ['', 0, 0],
    ['abc', 2, 2],
    ['😊好', 1, 2],
    ['😊好', 2, 3],
    ['a😊b😊c', 3, 4],
    ['a😊b😊c', 5, 7],
    ['a\uD800b', 2, 2],
  ])('%j column %i → UTF-16 index %i', (line, column, index) => {
    expect(toUtf16Index(line, column)).toBe(index);
  });

  it.each<[string, number]>([
    ['abc', 4],
    ['😊', 2],
    ['abc', -1],
  ])('%j column %d throws', (line, column) => {
    expect(() => toUtf16Index(line, column)).toThrow(RangeError);
  });

  it('round-trips every code-point boundary', () => {
    const line = '陈乾说：🎼GPT-4o 👨‍👩‍👧 ok';
    let column = 0;
    for (let i = 0; i <= line.length;) {
      expect(toCodePointColumn(line, i)).toBe(column);
      expect(toUtf16Index(line, column)).toBe(i);
      i += (line.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
      column++;
    }
  });
});
