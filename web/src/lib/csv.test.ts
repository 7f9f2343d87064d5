import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  const columns = [
    { header: '名称', value: (r: { name: string; n: number | null }) => r.name },
    { header: 'n', value: (r: { name: string; n: number | null }) => r.n },
  ];

  it.each([
    ['plain Chinese', { name: '开幕式', n: 1 }, '开幕式,1'],
    ['comma is quoted', { name: 'a,b', n: 2 }, '"a,b",2'],
    ['quote is doubled', { name: '他说"好"', n: 3 }, '"他说""好""",3'],
    ['newline is quoted', { name: 'a\nb', n: 4 }, '"a\nb",4'],
    ['formula is defused', { name: '=SUM(A1)', n: 5 }, "'=SUM(A1),5"],
    ['null is empty', { name: 'x', n: null }, 'x,'],
    ['edge space is quoted', { name: ' 开幕 ', n: 6 }, '" 开幕 ",6'],
  ])('%s', (_name, row, expected) => {
    expect(toCsv(columns, [row])).toBe(`\uFEFF名称,n\r\n${expected}\r\n`);
  });
});
