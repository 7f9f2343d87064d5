/**
 * fast-check generators for transcript files, shared by the property tests of the parser and
 * the pipeline: random bytes, random Unicode (CJK, emoji, astral characters, CR/LF mixes) and
 * random SRT, WebVTT, speaker-labelled and corpus-style files with broken timestamps, odd
 * labels and the phrases the extraction rules react to.
 */
import fc from 'fast-check';

const chars = (s: string): string[] => [...s];

/** Pieces of text the rules look for, so generated files reach names, turns, mentions, claims. */
const ZH_PHRASES = [
  '我是主持人陈思远',
  '我叫王明',
  '我是赵立群',
  '有请李晓燕',
  '谢谢刘倩',
  '刘芊',
  '陳乾博士',
  '王教授',
  '王总',
  '小王',
  '你好',
  '副研究员李华你好',
  '欢迎收看',
  '大家下午好',
  '我们马上回来',
  '我觉得',
  '我认为大模型未来会成为基础设施',
  '应该',
  '人工智能',
  '大模型',
  '具身智能',
  '数据安全',
  '通义千问',
  '文心一言',
  '阿里巴巴',
  '复旦大学',
  '清华大学',
  '百度',
  'ＧＰＴ－４',
  'GPT-4o',
  '掌声欢迎',
  '，',
  '。',
  '？',
  '！',
  '……',
  '、',
];
const EN_PHRASES = [
  'My name is Jane Doe',
  'Jane Doe',
  'Dr. Tom Okafor',
  'Maria Chen',
  'OpenAI',
  'Google DeepMind',
  'Llama 3',
  'GPT-4',
  'Gemini',
  'I think ',
  'we need ',
  'will change coding',
  'Thank you, ',
  'Welcome to ',
  'Good afternoon and welcome',
  '. ',
  '? ',
];
/** Whole sentences: openings, closings, introductions, hand-overs, opinions. */
const SENTENCES = [
  '欢迎收看下一个节目。',
  '观众朋友们大家好，我是主持人陈思远。',
  '我们马上回来。',
  '感谢收看，下期再见。',
  '接下来我们来看一下现场。',
  '有请清华大学的王明教授上台演讲。',
  '我叫李晓燕，来自阿里巴巴。',
  '谢谢王明。',
  '王明，您怎么看？',
  '我认为大模型未来会成为基础设施，数据安全非常重要。',
  '我觉得具身智能的发展很快，人工智能会改变很多行业。',
  '通义千问和文心一言在客服场景用得很多。',
  '这个问题的关键在于数据质量。',
  'Welcome to the panel on open models. ',
  'My name is Jane Doe and I work at OpenAI. ',
  'I think GPT-4 will change coding. ',
  '🎼欢迎收看2025某某大会全程直播。',
];
/** Markup and markers the parser treats specially. */
const MARKUP = [
  '![](img/0a1b_1.png)',
  '🎼',
  '[Music]',
  '（掌声）',
  '<i>',
  '</i>',
  '<v Jane Doe>',
  '</v>',
  '{\\an8}',
  '-->',
  '# ',
];

const codeUnit = (c: number): string => String.fromCharCode(c);
const cjk = fc.integer({ min: 0x4e00, max: 0x9fff }).map(codeUnit);
/** Characters the name and homophone rules care about (surnames, ASR confusions, traditional). */
const nameChar = fc.constantFrom(...chars('王李张刘陈赵孙黄谢周吴乾钱前超少思远明华晓燕立群悦劉說這個問題東於陞'));
const astral = fc
  .oneof(
    fc.integer({ min: 0x1f300, max: 0x1faff }),
    fc.integer({ min: 0x20000, max: 0x2a6df }),
    fc.integer({ min: 0x10000, max: 0x10ffff }),
  )
  .map((c) => String.fromCodePoint(c));
const emoji = fc.constantFrom('😊', '👍🏽', '👨‍👩‍👧', '🇨🇳', '1️⃣', '🎼', '♪', '❤️', '🏳️‍🌈', '🎼🎼🎼');
const fullWidth = fc.integer({ min: 0xff01, max: 0xff5e }).map(codeUnit);
/** Spaces JS trims and spaces it does not (U+0085), zero-width ones, a stray BOM. */
const space = fc.constantFrom(' ', '  ', '\t', '\u3000', '\u00a0', '\u200b', '\u2028', '\ufeff', '\u0085');
const phrase = fc.constantFrom(...ZH_PHRASES, ...EN_PHRASES, ...MARKUP);
const anyCodePoints = fc
  .string({ unit: 'binary', maxLength: 2 })
  .map((s) => s.replace(/[\r\n]/g, ''));

/** One line break of any style, including the odd CR-before-CRLF of hand-edited files. */
export const newline = fc.constantFrom('\n', '\r\n', '\r', '\r\r\n', '\n\r');

/** A piece of a line: no line breaks of its own (those come from `newline`). */
const piece = fc.oneof(
  { weight: 4, arbitrary: phrase },
  { weight: 3, arbitrary: cjk },
  { weight: 3, arbitrary: nameChar },
  { weight: 1, arbitrary: astral },
  { weight: 1, arbitrary: emoji },
  { weight: 1, arbitrary: fullWidth },
  { weight: 1, arbitrary: space },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
  { weight: 1, arbitrary: anyCodePoints },
);

/** Text of one line. */
export const lineText = fc.string({ unit: piece, maxLength: 24 });

const joinLines = (lines: [string, string][]): string => lines.map(([l, nl]) => l + nl).join('');

/** Random Unicode text: lines of mixed scripts with mixed line breaks. */
export const unicodeText = fc.array(fc.tuple(lineText, newline), { maxLength: 16 }).map(joinLines);

/** A speaker label as it may start a line, well-formed or not. */
const label = fc.oneof(
  fc.constantFrom(
    '主持人',
    '王明',
    '李晓燕',
    '刘倩',
    '刘芊',
    '嘉宾A',
    '他说',
    '王教授',
    'Moderator',
    'Jane Doe',
    'Dr. Tom Okafor',
    'Q',
    'A',
    'Audience Member',
    'Speaker 2',
  ),
  fc.string({ unit: nameChar, minLength: 1, maxLength: 6 }),
  fc.string({ unit: piece, maxLength: 3 }),
);
const colon = fc.constantFrom('：', ':', ': ', '： ', ' : ', '', '::');
const lead = fc.constantFrom('', '', ' ', '\t', '\u3000');

/** `LABEL: text` lines, some without a label (a continued turn), blank lines between some. */
export const labelledText = fc
  .array(
    fc.tuple(fc.option(fc.tuple(lead, label, colon), { freq: 4 }), lineText, newline, fc.boolean()),
    { minLength: 1, maxLength: 14 },
  )
  .map((rows) =>
    rows
      .map(([l, text, nl, blank]) => (l ? l.join('') : '') + text + nl + (blank ? nl : ''))
      .join(''),
  );

const digits = (n: number) =>
  fc.integer({ min: 0, max: 10 ** n - 1 }).map((v) => String(v).padStart(n, '0'));

/** A subtitle timestamp: well-formed, short, out of range, or garbage. */
const timestamp = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(digits(2), digits(2), digits(2), fc.constantFrom(',', '.'), digits(3))
      .map(([h, m, s, sep, f]) => `${h}:${m}:${s}${sep}${f}`),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), digits(2))
      .map(([m, s, f]) => `${m}:${s}.${f}`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      '00:00:0x,000',
      '99:99:99,999',
      '-00:00:01,000',
      '00:00:01',
      '1e3',
      '00:00:01,0000',
      '٠٠:٠٠:٠١,٠٠٠',
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: piece, maxLength: 4 }) },
);
const arrow = fc.constantFrom(' --> ', '-->', ' -> ', '  -->  ', ' --> --> ');
const cueSettings = fc.constantFrom('', '', ' align:start position:10%', ' line:0');
const cueLine = fc.oneof(
  { weight: 3, arbitrary: lineText },
  { weight: 1, arbitrary: fc.tuple(label, colon, lineText).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.tuple(label, lineText).map(([l, t]) => `<v ${l}>${t}</v>`) },
  { weight: 1, arbitrary: fc.tuple(lineText, lineText).map(([a, b]) => `${a}<i>${b}</i>{\\an8}`) },
);

/** A cue: maybe a number, maybe a timing line (times in any order), zero to three text lines. */
const cue = fc.record({
  number: fc.option(fc.oneof(fc.nat({ max: 999 }).map(String), fc.constantFrom('x', ' 7 ')), {
    freq: 3,
  }),
  timing: fc.option(
    fc.tuple(timestamp, arrow, timestamp, cueSettings).map((p) => p.join('')),
    { freq: 8 },
  ),
  text: fc.array(cueLine, { maxLength: 3 }),
  nl: newline,
  gap: fc.constantFrom('', ' ', '\t'),
});
type Cue = typeof cue extends fc.Arbitrary<infer T> ? T : never;

const cueText = (c: Cue): string =>
  [c.number, c.timing, ...c.text].filter((l): l is string => l !== null).join(c.nl) +
  c.nl +
  c.gap +
  c.nl;

/** SRT-like files: numbered cues, broken, overlapping and backwards timings, stray text. */
export const srtText = fc
  .array(cue, { minLength: 1, maxLength: 10 })
  .map((cues) => cues.map(cueText).join(''));

const vttBlock = fc.oneof(
  { weight: 6, arbitrary: cue.map(cueText) },
  { weight: 1, arbitrary: fc.tuple(lineText, newline).map(([t, nl]) => `NOTE ${t}${nl}${nl}`) },
  { weight: 1, arbitrary: newline.map((nl) => `STYLE${nl}::cue { color: yellow; }${nl}${nl}`) },
);

/** WebVTT-like files: header (with or without a title), NOTE and STYLE blocks, voice tags. */
export const vttText = fc
  .tuple(
    fc.constantFrom('WEBVTT', 'WEBVTT - ', 'WEBVTT\t'),
    lineText,
    newline,
    fc.array(vttBlock, { maxLength: 10 }),
  )
  .map(([head, title, nl, blocks]) => {
    const header = head === 'WEBVTT' ? head : head + title;
    return `${header}${nl}${nl}${blocks.join('')}`;
  });

/** A long ASR paragraph: many sentences on one line, so programmes can start mid-line. */
const longParagraph = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...SENTENCES) },
      { weight: 1, arbitrary: lineText },
    ),
    { minLength: 10, maxLength: 30 },
  )
  .map((parts) => parts.join(''));

/** Corpus-style files: `# title - P3：date-title - Uploader` line, paragraphs, images, jingles. */
export const corpusText = fc
  .tuple(
    fc.constantFrom(
      '# 2025某某大会（合集） - P3：20250301-圆桌论坛 - Uploader - BV000',
      '# ',
      '#  标题',
      '# WAIC 2024 - P55：20240704-主论坛',
    ),
    newline,
    fc.array(
      fc.tuple(
        fc.oneof(
          { weight: 5, arbitrary: fc.string({ unit: piece, minLength: 1, maxLength: 60 }) },
          { weight: 1, arbitrary: longParagraph },
          { weight: 1, arbitrary: fc.constant('![](img/0a1b2c3d4e5f_1.png)') },
          { weight: 1, arbitrary: lineText.map((t) => `🎼${t}`) },
        ),
        newline,
      ),
      { maxLength: 14 },
    ),
  )
  .map(([title, nl, paragraphs]) => title + nl + nl + paragraphs.map(([p, n]) => p + n + n).join(''));

/** Any kind of transcript text. */
export const transcriptText = fc.oneof(
  unicodeText,
  labelledText,
  srtText,
  vttText,
  corpusText,
  longParagraph,
);

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

/** UTF-8 without a BOM, the common case, twice as likely as the others. */
export const textEncoding = fc.constantFrom<TextEncoding>(
  'utf-8',
  'utf-8',
  'utf-8-bom',
  'utf-16le',
  'utf-16be',
);

/** The bytes of `text` in `encoding` (BOM variants get their byte-order mark). */
export function encode(text: string, encoding: TextEncoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
  }
}

/** A transcript file: its text, encoding, bytes and a name with one of the known extensions. */
export const transcriptFile = fc
  .record({
    text: transcriptText,
    encoding: textEncoding,
    name: fc.constantFrom('talk.md', 'panel.txt', 'cues.srt', 'cues.vtt', '圆桌 论坛.md'),
  })
  .map((f) => ({ ...f, bytes: encode(f.text, f.encoding) }));

/** UTF-8, UTF-16 LE and BE, UTF-32 LE byte-order marks, and none. */
const BOMS = [[0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xff, 0xfe, 0, 0], []];
const byte = (min: number, max: number) => fc.integer({ min, max });

/** Random bytes, sometimes behind a byte-order mark, sometimes in the GB2312 byte ranges. */
export const randomBytes = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  fc
    .tuple(fc.constantFrom(...BOMS), fc.uint8Array({ maxLength: 300 }))
    .map(([bom, rest]) => Uint8Array.from([...bom, ...rest])),
  fc
    .array(fc.oneof(fc.tuple(byte(0xb0, 0xf7), byte(0xa1, 0xfe)), fc.tuple(byte(0x20, 0x7e))), {
      maxLength: 150,
    })
    .map((pairs) => Uint8Array.from(pairs.flat())),
);
