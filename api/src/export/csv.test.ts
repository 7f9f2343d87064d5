import { describe, expect, it } from 'vitest';
import { csvCell, fileName, toCsv, type Cell } from './csv.ts';

describe('csvCell', () => {
  const rows: [Cell, string][] = [
    ['plain', 'plain'],
    ['智能体', '智能体'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['-1 risk', "'-1 risk"],
    [-1, '-1'],
    [0.25, '0.25'],
    [Number.NaN, ''],
    [null, ''],
    [undefined, ''],
    [true, 'true'],
  ];
  it.each(rows)('%j → %s', (value, cell) => expect(csvCell(value)).toBe(cell));
});

describe('toCsv', () => {
  it('writes a BOM, a header and CRLF lines', () => {
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('\uFEFFa,b\r\n1,"x,y"\r\n');
  });
});

describe('fileName', () => {
  const rows: [(string | null)[], string][] = [
    [['trend', 'day'], 'trend-day.csv'],
    [['who-said-what', 'topic:agents'], 'who-said-what-topic-agents.csv'],
    [['coverage', null, '2025-07-26'], 'coverage-2025-07-26.csv'],
    [['coverage', '具身智能'], 'coverage.csv'],
    [[], 'export.csv'],
  ];
  it.each(rows)('%j → %s', (parts, name) => expect(fileName(...parts)).toBe(name));
});
