import { describe, expect, it } from 'vitest';
import { parseTextWindow, textWindowHref, type TextWindow } from './text-window';

describe('text windows', () => {
  it.each([
    ['', null],
    ['from=3001', { fromLine: 3001 }],
    ['after=YXJyYXljb25uZWN0aW9uOjE5', { after: 'YXJyYXljb25uZWN0aW9uOjE5' }],
    ['before=abc', { before: 'abc' }],
    ['from=0', undefined],
    ['from=-3', undefined],
    ['from=12a', undefined],
    ['after=', undefined],
    ['from=3&after=abc', undefined],
  ] as const)('?%s → %j', (search, expected) => {
    expect(parseTextWindow(new URLSearchParams(search))).toEqual(expected);
  });

  it.each([
    [{ fromLine: 12 }, '/transcripts/waic24-p55/text?from=12'],
    [{ after: 'a/b=' }, '/transcripts/waic24-p55/text?after=a%2Fb%3D'],
    [{ before: 'c' }, '/transcripts/waic24-p55/text?before=c'],
  ] as [TextWindow, string][])('%j → %s, and back', (window, href) => {
    expect(textWindowHref('waic24-p55', window)).toBe(href);
    expect(parseTextWindow(new URL(href, 'http://x').searchParams)).toEqual(window);
  });
});
