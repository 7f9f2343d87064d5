import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../errors.ts';
import type { Block, SourceDoc, SourceFormat, TitleInfo } from '../../types.ts';
import { docIdFromPath, parseSource } from './parse-source.ts';

const FIXTURES = new URL('../../../test/fixtures/', import.meta.url);
const CORPUS = new URL('../../../../../shared/corpus/waic24/', import.meta.url);

const parseFixture = (name: string): ReturnType<typeof parseSource> =>
  parseSource(readFileSync(new URL(name, FIXTURES)), `etl/test/fixtures/${name}`);

/** Every block is a verbatim slice of its line, and its normalised copy is as long. */
function expectTraceable(doc: SourceDoc): void {
  const broken = doc.blocks.filter((b) => {
    const line = doc.lines[b.line - 1] ?? '';
    return (
      line.slice(b.index, b.index + b.text.length) !== b.text || b.norm.length !== b.text.length
    );
  });
  expect(broken).toEqual([]);
}

type Summary = [
  format: SourceFormat,
  encoding: string,
  language: string,
  blocks: number,
  labels: string[],
];

describe('parseSource on fixtures', () => {
  it.each<[string, Summary]>([
    [
      'en-labelled.txt',
      [
        'labelled',
        'utf-8',
        'en',
        15,
        ['Audience Member', 'Dr. Tom Okafor', 'Jane Doe', 'Moderator'],
      ],
    ],
    ['en-plain.txt', ['plain', 'utf-8', 'en', 15, []]],
    ['zh-labelled.txt', ['labelled', 'utf-8', 'zh', 10, ['主持人', '李晓燕', '王明']]],
    ['zh-corpus.md', ['corpus-md', 'utf-8', 'zh', 8, []]],
    ['sample.srt', ['srt', 'utf-8', 'en', 5, ['MODERATOR']]],
    ['sample.vtt', ['vtt', 'utf-8', 'en', 4, ['Jane Doe', 'Moderator']]],
    ['bad-timestamps.srt', ['srt', 'utf-8', 'en', 5, []]],
    ['gb18030.txt', ['labelled', 'gb18030', 'zh', 2, ['主持人', '王明']]],
    ['utf16.txt', ['labelled', 'utf-16le', 'zh', 2, ['主持人', '王明']]],
  ])('%s', (name, [format, encoding, language, blocks, labels]) => {
    const { doc } = parseFixture(name);
    const found = [...new Set(doc.blocks.map((b) => b.label).filter((l) => l !== null))].sort();
    expect([doc.format, doc.encoding, doc.language, doc.blocks.length, found]).toEqual([
      format,
      encoding,
      language,
      blocks,
      [...labels].sort(),
    ]);
    expectTraceable(doc);
  });

  it.each<[string, string]>([
    ['empty.txt', 'empty file'],
    ['binary.bin', 'binary file (contains NUL bytes)'],
  ])('%s is refused', (name, reason) => {
    expect(() => parseFixture(name)).toThrow(InputError);
    expect(() => parseFixture(name)).toThrow(`etl/test/fixtures/${name}: ${reason}`);
  });

  it('truncated-utf8.txt is refused', () => {
    expect(() => parseFixture('truncated-utf8.txt')).toThrow(
      /truncated-utf8\.txt: truncated UTF-8/,
    );
  });
});

type BlockRow = [
  line: number,
  index: number,
  text: string,
  label: string | null,
  nonSpeech: boolean,
];
const row = (b: Block): BlockRow => [b.line, b.index, b.text, b.label, b.nonSpeech];

describe('zh-corpus.md', () => {
  const { doc, diagnostics } = parseFixture('zh-corpus.md');

  it('reads the title line', () => {
    expect(doc.title).toEqual<TitleInfo>({
      raw: '2025某某大会（合集） - P3：20250301-圆桌论坛 - Uploader - BV000',
      part: 'P3',
      date: '2025-03-01',
      sessionTitle: '圆桌论坛',
    });
    expect(diagnostics).toEqual([]);
  });

  it.each<[number, BlockRow]>([
    [0, [3, 0, '🎼，🎼，🎼。', null, true]],
    [1, [5, 0, '各位来宾，大家下午好，欢迎来到本次圆桌论坛，我是主持人陈思远。', null, false]],
    [3, [9, 0, '![](img/0a1b2c3d4e5f_1.png)', null, true]],
    [6, [15, 0, '🎼欢迎收看2025某某大会全程直播。', null, false]],
  ])('block %i', (i, expected) => {
    const block = doc.blocks[i];
    expect(block && row(block)).toEqual(expected);
  });

  it.each<[number, string]>([
    [2, '陈乾博士。  ,掌声欢迎。'],
    [4, 'GPT-4这样的大模型的推理能力。'],
  ])('block %i is normalised', (i, tail) => {
    expect(doc.blocks[i]?.norm.endsWith(tail)).toBe(true);
  });

  it('keeps 陳乾 as 陈乾, not 陈干', () => {
    expect(normOf(doc, '陳乾')).toBe('陈乾');
  });

  it('has an id, a hash and the original lines', () => {
    expect(doc.id).toBe('zh-corpus');
    expect(doc.contentHash).toMatch(/^[0-9a-f]{16}$/);
    expect(doc.lines).toHaveLength(17);
    expect(doc.lines[0]?.startsWith('# 2025某某大会')).toBe(true);
  });
});

function normOf(doc: SourceDoc, surface: string): string | null {
  for (const b of doc.blocks) {
    const at = b.text.indexOf(surface);
    if (at >= 0) return b.norm.slice(at, at + surface.length);
  }
  return null;
}

describe('labelled fixtures', () => {
  it.each<[string, number, BlockRow]>([
    [
      'en-labelled.txt',
      0,
      [1, 11, 'Good afternoon and welcome to our panel on foundation models.', 'Moderator', false],
    ],
    ['en-labelled.txt', 3, [4, 16, 'Happy to be here too.', 'Dr. Tom Okafor', false]],
    // a colon mid-sentence is not a label: the line continues Jane Doe's turn
    [
      'en-labelled.txt',
      6,
      [7, 0, 'The answer is simple: developers spend less time on boilerplate.', 'Jane Doe', false],
    ],
    [
      'en-labelled.txt',
      9,
      [
        10,
        0,
        'We measured this at 10:30 in the morning on a fixed benchmark.',
        'Dr. Tom Okafor',
        false,
      ],
    ],
    [
      'en-labelled.txt',
      10,
      [11, 17, 'What about open models like Llama 3?', 'Audience Member', false],
    ],
    ['zh-labelled.txt', 0, [1, 4, '各位观众大家好，欢迎收看本期的科技访谈节目。', '主持人', false]],
    ['zh-labelled.txt', 6, [7, 0, '他说：数据质量比模型规模更重要。', '王明', false]],
    [
      'zh-labelled.txt',
      8,
      [9, 5, '我补充一点，百度的文心一言在客服场景用得很多。', '李晓燕', false],
    ],
  ])('%s block %i', (name, i, expected) => {
    const block = parseFixture(name).doc.blocks[i];
    expect(block && row(block)).toEqual(expected);
  });

  it.each([['en-labelled.txt'], ['zh-labelled.txt'], ['en-plain.txt']])(
    '%s warns about the missing title',
    (name) => {
      const { doc, diagnostics } = parseFixture(name);
      expect(doc.title).toEqual({
        raw: null,
        part: null,
        date: null,
        sessionTitle: name.replace(/\.txt$/, ''),
      });
      expect(diagnostics.map((d) => [d.severity, d.stage, d.message])).toEqual([
        ['warning', '01-parse', 'no title line'],
      ]);
    },
  );
});

type CueRow = [
  line: number,
  index: number,
  text: string,
  label: string | null,
  start: number | null,
  end: number | null,
];
const cue = (b: Block): CueRow => [b.line, b.index, b.text, b.label, b.startSec, b.endSec];

describe('subtitle fixtures', () => {
  it.each<[string, CueRow[]]>([
    [
      'sample.srt',
      [
        [3, 0, 'Welcome to the AI Frontiers podcast.', null, 1, 3.5],
        [7, 11, 'Today we talk about GPT-4', 'MODERATOR', 3.6, 6],
        [8, 0, 'and what comes after it.', null, 3.6, 6],
        [12, 0, '今天我们也会聊到百度的文心一言。', null, 6.1, 9.25],
        [16, 0, '[Music]', null, 9.3, 10],
      ],
    ],
    [
      'sample.vtt',
      [
        [10, 13, 'Welcome to the panel on open models.</v>', 'Moderator', 0, 2.5],
        [13, 18, 'Thanks. Meta released Llama 3 this year.', 'Jane Doe', 2.6, 5],
        [16, 13, 'And <i>OpenAI</i>?', 'Moderator', 65, 68],
        [17, 12, 'GPT-4 is still closed.', 'Jane Doe', 65, 68],
      ],
    ],
  ])('%s', (name, expected) => {
    expect(parseFixture(name).doc.blocks.map(cue)).toEqual(expected);
  });

  it('blanks markup in the normalised copy of VTT cues', () => {
    const { doc } = parseFixture('sample.vtt');
    expect(doc.blocks.map((b) => b.norm.trimEnd())).toEqual([
      'Welcome to the panel on open models.',
      'Thanks. Meta released Llama 3 this year.',
      'And    OpenAI    ?',
      'GPT-4 is still closed.',
    ]);
  });

  it('sample.srt: per-block language and non-speech', () => {
    const { doc } = parseFixture('sample.srt');
    expect(doc.blocks.map((b) => [b.language, b.nonSpeech])).toEqual([
      ['en', false],
      ['en', false],
      ['en', false],
      ['zh', false],
      ['en', true],
    ]);
  });

  it('sample.vtt takes its title from the header', () => {
    expect(parseFixture('sample.vtt').doc.title.sessionTitle).toBe('Panel on open models');
  });

  it('bad-timestamps.srt keeps every cue in file order with warnings', () => {
    const { doc, diagnostics } = parseFixture('bad-timestamps.srt');
    expect(doc.blocks.map((b) => [b.line, b.startSec, b.endSec])).toEqual([
      [3, 1, 4],
      [7, 3, 5],
      [11, 2, 2.5],
      [15, null, 7],
      [19, 9, 8],
    ]);
    expect(diagnostics.map((d) => [d.rule, d.pos?.line])).toEqual([
      ['subtitle/overlap', 6],
      ['subtitle/backwards', 10],
      ['subtitle/timestamp', 14],
      ['subtitle/end-before-start', 18],
    ]);
  });
});

describe('parseSource on in-memory input', () => {
  const parse = (text: string, file = 'x.txt'): ReturnType<typeof parseSource> =>
    parseSource(new TextEncoder().encode(text), file);

  it.each<[string, string, [number, number, string][]]>([
    [
      'CRLF keeps editor line numbers',
      'a\r\n\r\nb\r\n',
      [
        [1, 0, 'a'],
        [3, 0, 'b'],
      ],
    ],
    [
      'CR only',
      'a\r\rb',
      [
        [1, 0, 'a'],
        [3, 0, 'b'],
      ],
    ],
    ['leading spaces', '  hi  ', [[1, 2, 'hi']]],
    ['title line is not a block', '# Title\n\ntext', [[3, 0, 'text']]],
  ])('%s', (_name, text, expected) => {
    expect(parse(text).doc.blocks.map((b) => [b.line, b.index, b.text])).toEqual(expected);
  });

  it('gives a block without letters the document language', () => {
    const { doc } = parse('This is English text.\n12345\nMore English here.');
    expect(doc.blocks.map((b) => b.language)).toEqual(['en', 'en', 'en']);
  });

  it('warns when the file is GB18030', () => {
    const gb = Uint8Array.from([0xd6, 0xd0, 0xce, 0xc4]);
    expect(parseSource(gb, 'gb.txt').diagnostics.map((d) => d.rule)).toContain('decode/gb18030');
  });
});

describe('docIdFromPath', () => {
  it.each<[string, string]>([
    ['/work/shared/corpus/waic24/waic24-p55.md', 'waic24-p55'],
    ['WAIC24_P55.md', 'waic24-p55'],
    ['My Talk (final).srt', 'my-talk-final'],
    ['Ｐ５５.txt', 'p55'],
    ['Café Crème.vtt', 'cafe-creme'],
    ['圆桌论坛-P3.md', '圆桌论坛-p3'],
    ['2024世界人工智能大会（合集） - P55.md', '2024世界人工智能大会-合集-p55'],
    ['--x--.txt', 'x'],
    ['noext', 'noext'],
  ])('%s → %s', (file, id) => {
    expect(docIdFromPath(file)).toBe(id);
  });

  it.each([['🎼.txt'], ['!!!.md']])('%s falls back to a short hash', (file) => {
    expect(docIdFromPath(file)).toMatch(/^doc-[0-9a-f]{8}$/);
    expect(docIdFromPath(file)).toBe(docIdFromPath(`other/dir/${file}`));
  });
});

describe.skipIf(!existsSync(CORPUS))('the real corpus (read in place)', () => {
  const files = existsSync(CORPUS)
    ? readdirSync(CORPUS).filter((f) => /^waic24-p\d+\.md$/.test(f))
    : [];

  it.each(files.map((f) => [f]))('%s parses as a titled corpus file', (file) => {
    const { doc, diagnostics } = parseSource(readFileSync(new URL(file, CORPUS)), file);
    expect(doc.format).toBe('corpus-md');
    expect(doc.language).toBe('zh');
    expect(doc.title.part).toBe(`P${/p(\d+)/.exec(file)?.[1]}`);
    expect(doc.title.date).toMatch(/^2024-07-0[4-6]$/);
    expect(diagnostics).toEqual([]);
    expectTraceable(doc);
  });
});
