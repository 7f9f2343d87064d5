import { describe, expect, it } from 'vitest';
import type { ReaderClaim, ReaderMention, ReaderUtterance } from './queries/reader';
import {
  codeUnits,
  locate,
  methodFamily,
  place,
  readerTurns,
  shownLine,
  showsResolvedName,
  type Stretch,
} from './reader';

const mention = (
  surface: string,
  line: number,
  column: number,
  name = surface,
  method = 'lexicon:exact',
  type: ReaderMention['entity']['type'] = 'person',
): ReaderMention => ({
  surface,
  line,
  column,
  method,
  entity: { id: `${type}:${name}`, type, name },
});

const claim = (text: string, line: number, column: number, id = `c:${line}:${column}`): ReaderClaim => ({
  id,
  text,
  line,
  column,
  stance: 'concern',
  confidence: 0.8,
  startSec: 0,
  topics: [],
  speaker: null,
});

const utterance = (
  line: number,
  column: number,
  text: string,
  rest: Partial<ReaderUtterance> = {},
): ReaderUtterance => ({
  id: `u:${line}:${column}`,
  line,
  column,
  endLine: line + text.split('\n').length - 1,
  text,
  role: 'guest',
  speaker: null,
  mentions: [],
  claims: [],
  ...rest,
});

/** A line's runs as a compact string: plain|[mention], a claim's runs in {…}. */
const runs = (stretches: Stretch[]) =>
  stretches
    .map((s) => {
      const inner = s.pieces.map((p) => (p.mention ? `[${p.text}]` : p.text)).join('|');
      return s.claim ? `{${inner}}` : inner;
    })
    .join('|');

describe('codeUnits', () => {
  it.each([
    ['abc', 2, 2],
    ['嗯。尊敬的', 2, 2],
    ['a😊b', 2, 3], // the emoji is two UTF-16 units
    ['ab', 5, 2], // clamped to the text
    ['ab', -1, 0],
  ])('%s at code point %i is unit %i', (text, column, expected) => {
    expect(codeUnits(text, column)).toBe(expected);
  });
});

describe('locate', () => {
  it.each([
    // [text, needle, expected index, from, found]
    ['周启铭上台', '周启铭', 0, 0, 0],
    ['有请周启铭上台', '周启铭', 0, 0, 2], // column off (dropped emoji): the nearest occurrence
    ['算力和算力', '算力', 3, 0, 3],
    ['算力和算力', '算力', 1, 0, 0], // equally near: the first
    ['算力和算力', '算力', 0, 2, 3], // not before `from`
    ['没有这个词', '算力', 0, 0, null],
    ['', '', 0, 0, null],
  ] as const)('%s / %s near %i from %i → %s', (text, needle, expected, from, found) => {
    expect(locate(text, needle, expected, from)).toBe(found);
  });
});

describe('place', () => {
  const surface = (m: ReaderMention) => m.surface;
  it.each([
    // [line text, start column, mentions as [surface, column], placed as "surface@index", unplaced]
    ['下面有请周启铭上台', 0, [['周启铭', 4]], ['周启铭@4'], []],
    ['下面有请周启铭上台', 1, [['周启铭', 5]], ['周启铭@4'], []], // a turn starting at column 1
    ['嗯。尊敬的领导', 0, [['领导', 6]], ['领导@5'], []], // 🎼 left out of the stored text
    ['百模大战开始了', 0, [['百模', 0], ['百模大战', 0]], ['百模大战@0'], []], // the longer wins
    ['没有提到', 0, [['周启明', 0]], [], ['周启明']],
  ] as const)('%s', (text, start, items, placed, unplaced) => {
    const ms = items.map(([s, c]) => mention(s, 1, c));
    const got = place(text, start, ms, surface);
    expect(got.placed.map((s) => `${s.item.surface}@${s.start}`)).toEqual(placed);
    expect(got.unplaced.map(surface)).toEqual(unplaced);
  });

  it('keeps a name found inside a longer one as that span’s `also`', () => {
    const got = place('百模大战开始了', 0, [mention('百模', 1, 0), mention('百模大战', 1, 0)], surface);
    expect(got.placed[0]!.also.map(surface)).toEqual(['百模']);
  });
});

describe('readerTurns', () => {
  const segments = [
    { id: 's1', startLine: 1, endLine: 4 },
    { id: 's2', startLine: 5, endLine: 9 },
  ];

  it('puts every line of a turn on its source line and leaves blank lines out', () => {
    const [turn] = readerTurns([utterance(3, 0, '第一行\n\n第三行')], segments);
    expect(turn!.lines.map((l) => [l.line, runs(l.stretches)])).toEqual([
      [3, '第一行'],
      [5, '第三行'],
    ]);
  });

  it('tells pictures of the stream from speech', () => {
    const [turn] = readerTurns([utterance(3, 0, '![](img/a_0.png)\n说话\n![封面](b.png) ')], segments);
    expect(turn!.lines.map((l) => l.image)).toEqual([true, false, true]);
  });

  it('anchors a line shared by two turns once, in the turn where it starts', () => {
    const turns = readerTurns(
      [utterance(3, 0, '问题是什么？'), utterance(3, 6, '我来回答。\n\n好的')],
      segments,
    );
    expect(turns.map((t) => t.lines.map((l) => [l.line, l.first]))).toEqual([
      [[3, true]],
      [
        [3, false],
        [5, true],
      ],
    ]);
  });

  it('labels a speaker once for consecutive turns in a segment', () => {
    const host = { id: 'person:h', name: '主持人甲' };
    const turns = readerTurns(
      [
        utterance(2, 0, 'a', { speaker: host }),
        utterance(3, 0, 'b', { speaker: host }), // same speaker: no new label
        utterance(4, 0, 'c', { role: 'unknown' }),
        utterance(4, 1, 'd', { role: 'unknown' }), // both unidentified
        utterance(6, 0, 'e', { speaker: host }), // a new segment: labelled again
      ],
      segments,
    );
    expect(turns.map((t) => t.continues)).toEqual([false, true, false, true, false]);
  });

  it('marks the first turn of each segment', () => {
    const turns = readerTurns(
      [utterance(2, 0, 'a'), utterance(3, 0, 'b'), utterance(6, 0, 'c')],
      segments,
    );
    expect(turns.map((t) => t.opens?.id ?? null)).toEqual(['s1', null, 's2']);
  });

  it.each([
    // [text, mentions, claims, runs]
    ['有请周启铭上台。', [mention('周启铭', 1, 2, '周启明', 'pinyin')], [], '有请|[周启铭]|上台。'],
    ['算力会放缓。', [], [claim('算力会放缓', 1, 0)], '{算力会放缓}|。'],
    [
      '我认为算力会放缓。',
      [mention('算力', 1, 3, '算力', 'lexicon:exact', 'topic')],
      [claim('算力会放缓', 1, 3)],
      '我认为|{[算力]|会放缓}|。',
    ],
    // a mention across the end of a claim is cut in two runs; the label goes on the first
    ['甲乙丙丁', [mention('乙丙', 1, 1)], [claim('甲乙', 1, 0)], '{甲|[乙]}|[丙]|丁'],
    // two claims side by side stay two
    ['甲乙丙丁', [], [claim('甲乙', 1, 0), claim('丙丁', 1, 2)], '{甲乙}|{丙丁}'],
  ] as const)('cuts %s into runs', (text, mentions, claims, expected) => {
    const [turn] = readerTurns(
      [utterance(1, 0, text, { mentions: [...mentions], claims: [...claims] })],
      segments,
    );
    const { stretches } = turn!.lines[0]!;
    expect(runs(stretches)).toBe(expected);
    const labelled = stretches.flatMap((s) => s.pieces).filter((p) => p.mentionStart).length;
    expect(labelled).toBe(mentions.length);
  });

  it('keeps a claim whose text is not on its line as a mark of that line', () => {
    const [turn] = readerTurns(
      [utterance(1, 0, '完全不同的文字', { claims: [claim('另一句话', 1, 0)] })],
      segments,
    );
    expect(turn!.lines[0]!.unplaced.map((c) => c.text)).toEqual(['另一句话']);
  });
});

describe('shownLine', () => {
  const turns = readerTurns(
    [utterance(3, 0, '甲\n\n乙'), utterance(5, 1, '丙\n\n丁')],
    [{ id: 's', startLine: 1, endLine: 9 }],
  );
  it.each([
    [3, 3],
    [4, 5], // blank: the next line with text
    [1, 3],
    [6, 7],
    [99, 7], // past the end: the last line
  ])('#L%i shows line %i', (target, line) => {
    expect(shownLine(turns, target)).toBe(line);
  });
});

describe('showsResolvedName', () => {
  it.each([
    ['周启铭', '周启明', 'person', 'pinyin', true], // ASR misspelling of a name
    ['姚老师', '姚期智', 'person', 'person:address-form', true],
    ['微软', 'Microsoft', 'organization', 'lexicon:exact', true],
    ['GPT4', 'GPT-4', 'model', 'lexicon:exact', false], // the same spelling but for a dash
    ['周启明', '周启明', 'person', 'lexicon', false],
    ['句深智能', '具身智能', 'topic', 'lexicon:pinyin', true],
    ['对话与合作', '国际合作', 'topic', 'lexicon:exact', false], // a term filed under a topic
  ] as const)('%s → %s (%s, %s): %s', (surface, name, type, method, shown) => {
    expect(showsResolvedName(mention(surface, 1, 0, name, method, type))).toBe(shown);
  });
});

describe('methodFamily', () => {
  it.each([
    ['lexicon:pinyin', 'sound'],
    ['person:near-homophone', 'sound'],
    ['pinyin', 'sound'],
    ['lexicon:latin-fuzzy', 'spelling'],
    ['person:address-form', 'address'],
    ['person:given-name', 'givenName'],
    ['alias', 'alias'],
    ['keyphrase', 'keyphrase'],
    ['lexicon:exact', 'exact'],
    ['person:name', 'exact'],
    ['compromise', null],
  ])('%s → %s', (method, family) => {
    expect(methodFamily(method)).toBe(family);
  });
});
