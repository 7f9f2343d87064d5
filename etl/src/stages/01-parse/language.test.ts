import { describe, expect, it } from 'vitest';
import { countScripts, detectLanguage, documentLanguage } from './language.ts';

describe('detectLanguage', () => {
  it.each<[string, 'zh' | 'en' | null]>([
    ['大家好，欢迎来到论坛。', 'zh'],
    ['我们今天用的是GPT-4o模型', 'zh'],
    ['我们用了OpenAI的GPT-4o和Anthropic的Claude模型', 'zh'],
    ['Thank you, Maria. It is a pleasure.', 'en'],
    ['We met 王明 at Stanford University yesterday', 'en'],
    ['ladies and gentlemen，please take your seats。欢迎', 'en'],
    ['傳統中文也是中文', 'zh'],
    ['ＧＰＴ', 'en'],
    ['12345 ... !!!', null],
    ['', null],
  ])('%j → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});

describe('countScripts', () => {
  it.each<[string, number, number]>([
    ['abc中文', 2, 3],
    ['café', 0, 4],
    ['𠀀x', 1, 1],
    ['😊 1 2', 0, 0],
  ])('%j → han %i, latin %i', (text, han, latin) => {
    expect(countScripts(text)).toEqual({ han, latin });
  });
});

describe('documentLanguage', () => {
  it.each<[number, number, 'zh' | 'en']>([
    [100, 20, 'zh'],
    [20, 100, 'en'],
    [50, 50, 'zh'],
    [0, 0, 'zh'],
  ])('zh %i chars, en %i chars → %s', (zh, en, language) => {
    expect(documentLanguage(zh, en)).toBe(language);
  });
});
