/**
 * Properties of the parser on arbitrary input: any bytes either parse or are refused with an
 * InputError (never another exception), every block is a verbatim slice of its line with a
 * normalised copy of the same UTF-16 length, and text that is accepted decodes losslessly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../errors.ts';
import type { SourceDoc } from '../../types.ts';
import { randomBytes, transcriptFile } from '../../../test/transcript-arbitraries.ts';
import { splitLines } from './decode.ts';
import { parseSource } from './parse-source.ts';

const RUNS = { numRuns: 300 };

/** The parsed document, or null when the input is refused with an InputError naming the file. */
function parseOrRefuse(bytes: Uint8Array, file: string): SourceDoc | null {
  try {
    return parseSource(bytes, file).doc;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    expect(e.file).toBe(file);
    return null;
  }
}

/** Blocks whose text is not the line slice at (line, index), or whose norm differs in length. */
function untraceableBlocks(doc: SourceDoc): unknown[] {
  return doc.blocks.filter((b) => {
    const line = doc.lines[b.line - 1];
    return (
      line === undefined ||
      b.index < 0 ||
      b.text.length === 0 ||
      line.slice(b.index, b.index + b.text.length) !== b.text ||
      b.norm.length !== b.text.length
    );
  });
}

describe('parseSource on arbitrary input', () => {
  it('random bytes parse or are refused with an InputError', () => {
    fc.assert(
      fc.property(randomBytes, (bytes) => {
        const doc = parseOrRefuse(bytes, 'random.bin');
        if (doc) expect(untraceableBlocks(doc)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('generated transcripts: every block is its line slice, norm as long as text', () => {
    fc.assert(
      fc.property(transcriptFile, ({ bytes, name }) => {
        const doc = parseOrRefuse(bytes, name);
        if (doc) expect(untraceableBlocks(doc)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('accepted text decodes losslessly: the lines are those of the encoded text', () => {
    fc.assert(
      fc.property(transcriptFile, ({ text, encoding, bytes, name }) => {
        const doc = parseOrRefuse(bytes, name);
        if (!doc) return;
        // without a byte-order mark, a leading U+FEFF is read as one
        const expected = encoding === 'utf-8' && text.startsWith('\ufeff') ? text.slice(1) : text;
        expect(doc.lines).toEqual(splitLines(expected));
      }),
      RUNS,
    );
  });
});
