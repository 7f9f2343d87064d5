import { describe, expect, it } from 'vitest';
import { formatDuration, transcriptLabel, truncate } from './format';

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [65, '1:05'],
    [3725, '1:02:05'],
    [3840, '1:04:00'],
  ])('%d s → %s', (sec, expected) => expect(formatDuration(sec)).toBe(expected));
});

describe('truncate and transcriptLabel', () => {
  it('counts CJK characters, not bytes', () => {
    expect(truncate('开幕式暨人工智能全球治理高级别会议', 6)).toBe('开幕式暨人…');
  });
  it('prefixes the part', () => {
    expect(transcriptLabel({ part: 'P3', sessionTitle: '具身智能', title: 'x' })).toBe('P3 · 具身智能');
  });
});
