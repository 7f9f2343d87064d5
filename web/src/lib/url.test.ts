import { describe, expect, it } from 'vitest';
import { withParams } from './url';

describe('withParams', () => {
  const url = new URL('http://x/topics?lang=en&sort=claims#top');
  it.each([
    [{ q: '大模型' }, '/topics?lang=en&sort=claims&q=%E5%A4%A7%E6%A8%A1%E5%9E%8B'],
    [{ sort: null }, '/topics?lang=en'],
    [{ sort: '' }, '/topics?lang=en'],
  ])('%j', (params, expected) => expect(withParams(url, params)).toBe(expected));
});
