import { describe, expect, it } from 'vitest';
import type { TitleInfo } from '../../types.ts';
import { parseTitleLine, titleFromFileName } from './title.ts';

type Expected = Omit<TitleInfo, 'raw'>;

describe('parseTitleLine', () => {
  it.each<[string, Expected]>([
    [
      '# 2024世界人工智能大会（合集） - P55：20240706-WAIC 3x24小时全程大放送 - WarrenHua - BV1iT421k7Bv',
      { part: 'P55', date: '2024-07-06', sessionTitle: 'WAIC 3x24小时全程大放送' },
    ],
    [
      '# 2024世界人工智能大会（合集） - P36：20240705-GLM-新一代基座大模型技术前沿与产业应用论坛 - WarrenHua - BV1iT421k7Bv',
      {
        part: 'P36',
        date: '2024-07-05',
        sessionTitle: 'GLM-新一代基座大模型技术前沿与产业应用论坛',
      },
    ],
    [
      '# 2025某某大会（合集） - P3：20250301-圆桌论坛 - Uploader - BV000',
      { part: 'P3', date: '2025-03-01', sessionTitle: '圆桌论坛' },
    ],
    [
      '# 创业论坛—超级模型、超级应用',
      { part: null, date: null, sessionTitle: '创业论坛—超级模型、超级应用' },
    ],
    [
      '# Keynote 2025-03-01 - Opening remarks - Channel',
      { part: null, date: '2025-03-01', sessionTitle: 'Opening remarks' },
    ],
    ['# 2024年7月6日 闭幕式', { part: null, date: '2024-07-06', sessionTitle: '闭幕式' }],
    [
      '# Conference - Part 2: The future of agents',
      { part: 'Part 2', date: null, sessionTitle: 'The future of agents' },
    ],
    [
      '# EP12 | Interview with a founder',
      { part: 'EP12', date: null, sessionTitle: 'Interview with a founder' },
    ],
    ['# 20241399-Not a date', { part: null, date: null, sessionTitle: '20241399-Not a date' }],
    ['# GPT-4 and P100 GPUs', { part: null, date: null, sessionTitle: 'GPT-4 and P100 GPUs' }],
    [
      '# Series - P7 - 2024.07.06 - Closing',
      { part: 'P7', date: '2024-07-06', sessionTitle: 'Closing' },
    ],
    ['#   Spaced title   ##', { part: null, date: null, sessionTitle: 'Spaced title' }],
  ])('%s', (line, expected) => {
    expect(parseTitleLine(line)).toEqual({
      raw: line.replace(/^#\s+/, '').replace(/[\s#]+$/, ''),
      ...expected,
    });
  });

  it.each([['## Section'], ['#'], ['# '], ['#hashtag'], ['plain text'], ['']])(
    '%j is not a title line',
    (line) => {
      expect(parseTitleLine(line)).toBeNull();
    },
  );
});

describe('titleFromFileName', () => {
  it.each<[string, string]>([
    ['/a/b/waic24-p55.md', 'waic24-p55'],
    ['圆桌论坛.txt', '圆桌论坛'],
    ['noext', 'noext'],
    ['dir/archive.tar.gz', 'archive.tar'],
  ])('%s → %s', (file, sessionTitle) => {
    expect(titleFromFileName(file)).toEqual({ raw: null, part: null, date: null, sessionTitle });
  });
});
