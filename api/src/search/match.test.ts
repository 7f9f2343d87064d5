import { describe, expect, it } from 'vitest';
import {
  bestMatch,
  editDistance,
  luceneQuery,
  matchForm,
  queryKeys,
  type MatchType,
} from './match.ts';
import { pinyinKey } from './pinyin.ts';

describe('pinyinKey', () => {
  const rows: [string, string][] = [
    ['刘倩', 'liuqian'],
    ['劉倩', 'liuqian'],
    ['刘芊', 'liuqian'],
    ['刘潜', 'liuqian'],
    ['具身智能', 'jushenzhineng'],
    ['句深智能', 'jushenzhineng'],
    ['DeepSeek R1', 'deepseekr1'],
    ['ＤｅｅｐＳｅｅｋ－Ｒ１', 'deepseekr1'],
    ['绿色', 'lvse'],
  ];
  it.each(rows)('%s → %s', (text, key) => expect(pinyinKey(text)).toBe(key));
});

describe('matchForm', () => {
  const rows: [query: string, form: string, expected: MatchType | null][] = [
    ['刘倩', '刘倩', 'exact'],
    ['ｄｅｅｐｓｅｅｋ-r1', 'DeepSeek-R1', 'exact'],
    ['刘潜', '刘倩', 'samePinyin'],
    ['句深智能', '具身智能', 'samePinyin'],
    ['liu qian', '刘倩', 'samePinyin'],
    ['liuqian', '刘芊', 'samePinyin'],
    ['智能', '具身智能', 'contains'],
    ['deepseek', 'DeepSeek-R1', 'contains'],
    ['jushen', '具身智能', 'similarPinyin'],
    ['deepsek r1', 'DeepSeek R1', 'similarSpelling'],
    ['hku', 'University of Hong Kong', null],
    ['university', 'University of Hong Kong', 'contains'],
    ['open models', 'Open Source', 'partial'],
    ['黄潮', '刘倩', null],
  ];
  it.each(rows)('%s vs %s → %s', (query, form, expected) => {
    expect(matchForm(queryKeys(query), form)?.type ?? null).toBe(expected);
  });
});

describe('bestMatch', () => {
  const liu = { name: '刘倩', aliases: ['Qian Liu'], variants: ['刘倩', '刘芊'] };
  it('prefers the exact variant over a same-pinyin name, and reports it', () => {
    expect(bestMatch(queryKeys('刘芊'), liu)).toMatchObject({
      field: 'variant',
      type: 'exact',
      form: '刘芊',
    });
  });
  it('prefers the name when name and variant match equally', () => {
    expect(bestMatch(queryKeys('刘倩'), liu)).toMatchObject({ field: 'name', type: 'exact' });
  });
  it('falls back to pinyin for a spelling never seen', () => {
    expect(bestMatch(queryKeys('刘潜'), liu)).toMatchObject({
      field: 'name',
      type: 'samePinyin',
      pinyin: 'liuqian',
    });
  });
  it('matches an alias', () => {
    expect(bestMatch(queryKeys('qian liu'), liu)).toMatchObject({
      field: 'alias',
      type: 'exact',
      form: 'Qian Liu',
    });
  });
});

describe('editDistance', () => {
  const rows: [string, string, number, number][] = [
    ['deepseek', 'deepsek', 2, 1],
    ['kitten', 'sitting', 3, 3],
    ['abc', 'abcdef', 1, 2],
  ];
  it.each(rows)('%s / %s (max %i) → %i', (a, b, max, d) => expect(editDistance(a, b, max)).toBe(d));
});

describe('luceneQuery', () => {
  const rows: [string, string][] = [
    ['刘芊', '刘芊 OR "liu qian"^2 OR liuqian'],
    ['DeepSeek R1', 'deepseek~1 OR r1'],
    ['a+b (c)', 'a\\+b OR \\(c\\)'],
  ];
  it.each(rows)('%s → %s', (query, lucene) => expect(luceneQuery(queryKeys(query))).toBe(lucene));
});
