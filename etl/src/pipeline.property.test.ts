/**
 * Properties of the whole pipeline on arbitrary transcripts: it never throws on a parsed
 * document, every turn, mention and claim points back into the source (so any claim in the
 * dashboard can be traced to its line), and what load and export make of the result has unique
 * ids whose references resolve. Plus the position conversions and the name comparison the
 * resolver relies on. Counterexamples that found bugs are pinned as `examples`, run every time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from './errors.ts';
import { exportSchema } from './export/format.ts';
import { toExport } from './export/to-export.ts';
import { pinyinKey } from './nlp/pinyin.ts';
import { runPipeline } from './pipeline.ts';
import { toCodePointColumn, toUtf16Index } from './positions.ts';
import { nameSimilarity } from './rules/name-similarity.ts';
import { parseSource } from './stages/01-parse/index.ts';
import { toTranscriptGraph } from './stages/07-load/index.ts';
import type { Pos, SourceDoc } from './types.ts';
import { encode, transcriptFile } from '../test/transcript-arbitraries.ts';

/** The parsed document, or null when the parser refuses the input (InputError). */
function parsed(bytes: Uint8Array, name: string): SourceDoc | null {
  try {
    return parseSource(bytes, name).doc;
  } catch (e) {
    if (e instanceof InputError) return null;
    throw e;
  }
}

/** Why a span of `length` at `p` is not inside one line of the source, or null when it is. */
function misplaced(doc: SourceDoc, p: Pos, length: number): string | null {
  const line = doc.lines[p.line - 1];
  if (!Number.isInteger(p.line) || line === undefined) return `line ${p.line} of ${doc.lines.length}`;
  if (!Number.isInteger(p.index) || p.index < 0 || p.index >= line.length || p.index + length > line.length) {
    return `index ${p.index}+${length} in a line of ${line.length}`;
  }
  return null;
}

const sourceAt = (doc: SourceDoc, p: Pos, length: number): string =>
  (doc.lines[p.line - 1] ?? '').slice(p.index, p.index + length);

const duplicates = (ids: string[]): string[] => ids.filter((id, i) => ids.indexOf(id) !== i);

const file = (text: string) =>
  ({ text, encoding: 'utf-8', name: 'talk.md', bytes: encode(text, 'utf-8') }) as const;

/** A jingle mid-paragraph starts a programme on the line where the last one ended. */
const JINGLE_MID_LINE = file(
  '🎼欢迎收看2025某某大会全程直播。欢迎收看下一个节目。🎼欢迎收看2025某某大会全程直播。' +
    '欢迎收看下一个节目。'.repeat(5) +
    '🎼欢迎收看2025某某大会全程直播。一',
);

describe('runPipeline on arbitrary transcripts', () => {
  it('never throws, and every turn, mention and claim points back into the source', () => {
    fc.assert(
      fc.property(transcriptFile, ({ bytes, name }) => {
        const doc = parsed(bytes, name);
        if (!doc) return;
        const r = runPipeline(doc);
        const problems: unknown[] = [];
        for (const t of r.turns) {
          const where = misplaced(doc, t.start, 0);
          if (where) problems.push({ turn: t, where });
        }
        for (const m of r.mentions) {
          const where = misplaced(doc, m.start, m.length);
          if (where || m.length === 0 || sourceAt(doc, m.start, m.length) !== m.surface) {
            problems.push({ mention: m, where, source: sourceAt(doc, m.start, m.length) });
          }
        }
        for (const c of r.claims) {
          const where = misplaced(doc, c.start, c.text.length);
          if (where || !c.text || sourceAt(doc, c.start, c.text.length) !== c.text) {
            problems.push({ claim: c, where, source: sourceAt(doc, c.start, c.text.length) });
          }
        }
        for (const s of r.segments) {
          if (s.startLine < 1 || s.startLine > s.endLine || s.endLine > doc.lines.length) {
            problems.push({ segment: s });
          }
        }
        expect(problems).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, 30_000);

  it('gives a load shape with unique ids whose references resolve, and a valid export', () => {
    fc.assert(
      fc.property(transcriptFile, ({ bytes, name }) => {
        const doc = parsed(bytes, name);
        if (!doc) return;
        const r = runPipeline(doc);
        const g = toTranscriptGraph(r);
        // a repeated id breaks a uniqueness constraint: the whole transcript fails to load
        expect({
          segments: duplicates(g.segments.map((s) => s.id)),
          utterances: duplicates(g.utterances.map((u) => u.id)),
          claims: duplicates(g.claims.map((c) => c.id)),
          entities: duplicates(g.entities.map((e) => e.id)),
        }).toEqual({ segments: [], utterances: [], claims: [], entities: [] });
        const segments = new Set(g.segments.map((s) => s.id));
        const utterances = new Set(g.utterances.map((u) => u.id));
        const entities = new Set(g.entities.map((e) => e.id));
        const known = (ids: (string | null)[]) => ids.every((id) => id === null || entities.has(id));
        const dangling = [
          ...g.utterances.filter((u) => !segments.has(u.segmentId) || !known([u.speakerId])),
          ...g.mentions.filter((m) => !utterances.has(m.utteranceId) || !known([m.entityId])),
          ...g.claims.filter(
            (c) => !utterances.has(c.utteranceId) || !known([c.speakerId, ...c.topicIds, ...c.entityIds]),
          ),
        ];
        expect(dangling).toEqual([]);
        const exported = exportSchema.safeParse(toExport(r));
        expect(exported.error?.issues ?? []).toEqual([]);
      }),
      { numRuns: 100, examples: [[JINGLE_MID_LINE]] },
    );
  }, 30_000);
});

/** Lines with astral characters, lone surrogates (broken input) and CJK. */
const line = fc.string({
  unit: fc.oneof(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
    fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)),
    fc.constantFrom('😊', '👍🏽', '𠮷', 'a'),
  ),
  maxLength: 20,
});

describe('toCodePointColumn and toUtf16Index', () => {
  it('round-trip from a code-point column', () => {
    fc.assert(
      fc.property(
        line.chain((l) => fc.tuple(fc.constant(l), fc.nat({ max: [...l].length }))),
        ([l, column]) => {
          expect(toCodePointColumn(l, toUtf16Index(l, column))).toBe(column);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('round-trip from a UTF-16 index (an index inside a surrogate pair goes to the pair)', () => {
    fc.assert(
      fc.property(
        line.chain((l) => fc.tuple(fc.constant(l), fc.nat({ max: l.length }))),
        ([l, index]) => {
          const insidePair =
            /[\uD800-\uDBFF]$/.test(l.slice(0, index)) && /^[\uDC00-\uDFFF]/.test(l.slice(index));
          expect(toUtf16Index(l, toCodePointColumn(l, index))).toBe(insidePair ? index - 1 : index);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('count code points as the string iterator does', () => {
    fc.assert(
      fc.property(line, (l) => {
        expect(toCodePointColumn(l, l.length)).toBe([...l].length);
      }),
      { numRuns: 300 },
    );
  });
});

/** Names: Han characters that are homophones or near-homophones of each other, and others. */
const nameChars = fc.constantFrom(...'刘柳留乾钱前黄王超少思远明华李晓燕陈沈程孙悦赵立群张章', '𠮷', 'a');
/** Few characters, so pairs often share some; CJK Extension B ones are astral (two UTF-16 units). */
const rareChars = fc.constantFrom('王', '刘', '留', '𠮷', '𠀀', '𪚥');
const name = fc.oneof(
  fc.string({ unit: nameChars, minLength: 1, maxLength: 4 }),
  fc.string({ unit: rareChars, minLength: 1, maxLength: 3 }),
);

describe('nameSimilarity', () => {
  it('is symmetric', () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(nameSimilarity(a, b)).toEqual(nameSimilarity(b, a));
      }),
      { numRuns: 300 },
    );
  });

  it('calls two different names homophones only when their toneless pinyin is the same', () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        if (a !== b && nameSimilarity(a, b)?.distance === 0) expect(pinyinKey(a)).toBe(pinyinKey(b));
      }),
      // two different Extension B characters: their surrogate halves read as '' alike
      { numRuns: 300, examples: [['𠮷', '𠀀'], ['𠮷𠮷', '𠀀𪚥']] },
    );
  });

  it('finds identical strings similar', () => {
    fc.assert(
      fc.property(fc.oneof(name, fc.string({ unit: 'binary' })), (a) => {
        expect(nameSimilarity(a, a)).toEqual({ distance: 0, method: 'identical' });
      }),
      { numRuns: 300 },
    );
  });
});
