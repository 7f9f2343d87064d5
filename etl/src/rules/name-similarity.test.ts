import { describe, expect, it } from 'vitest';
import { givenName, nameSimilarity } from './name-similarity.ts';

describe('nameSimilarity', () => {
  const rows: [string, string, string | null][] = [
    ['王明', '王明', 'identical'],
    ['王明', '王鸣', 'homophone'], // wang ming = wang ming
    ['张超', '张少', 'near-homophone'], // ch/sh
    ['陈静', '陈晶', 'homophone'],
    ['李建国', '李建高', 'near-homophone'], // uo/ao: one part
    ['李建国', '李健国', 'homophone'],
    ['刘秋生', '刘瑞英', null], // same surname, different people
    ['王明', '张明', null], // different surname
    ['王明', '王明华', null], // different length
    ['赵磊', '赵雷', 'homophone'],
    ['孙悦', '孙乐', null], // yue vs le: too far for a two-character name
    ['Jane', 'Jane', 'identical'],
    ['Jane', 'June', null],
  ];
  it.each(rows)('%s ~ %s → %s', (a, b, method) => {
    expect(nameSimilarity(a, b)?.method ?? null).toBe(method);
  });
});

describe('givenName', () => {
  it.each([
    ['李建国', '建国'],
    ['王明', null],
  ])('%s → %s', (full, given) => expect(givenName(full)).toBe(given));
});
