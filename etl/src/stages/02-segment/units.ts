/**
 * Sentences of the whole document, each flagged as speech, jingle (sung or narrated over
 * music, marked 🎼 in the corpus) or image. Segmentation, speakers and claims all walk these.
 */
import { sentenceSpans } from '../../nlp/sentences.ts';
import { tokenize } from '../../nlp/jieba.ts';
import { findAddressForms } from '../../rules/zh-names.ts';
import type { Block, SourceDoc } from '../../types.ts';

export type UnitKind = 'speech' | 'jingle' | 'image';

export interface Unit {
  /** Index into doc.blocks. */
  block: number;
  /** UTF-16 offsets into block.norm / block.text. */
  start: number;
  end: number;
  kind: UnitKind;
}

const JINGLE = '🎼';

/** Splits every block into sentence units. */
export function toUnits(doc: SourceDoc): Unit[] {
  const units: Unit[] = [];
  doc.blocks.forEach((block, b) => {
    if (block.nonSpeech && !block.text.includes(JINGLE)) {
      units.push({ block: b, start: 0, end: block.text.length, kind: 'image' });
      return;
    }
    for (const span of sentenceSpans(block.norm)) {
      units.push({ block: b, ...span, kind: isJingle(block, span.start) ? 'jingle' : 'speech' });
    }
  });
  return units;
}

/** A sentence is sung/narrated when a jingle marker stands right before it. */
function isJingle(block: Block, start: number): boolean {
  const before = block.text.slice(Math.max(0, start - 4), start + 2);
  return before.includes(JINGLE);
}

export function unitText(doc: SourceDoc, u: Unit): string {
  return doc.blocks[u.block]!.norm.slice(u.start, u.end);
}

const tokenCache = new WeakMap<Unit, { word: string; index: number }[]>();

/** jieba words of a unit's normalised text (offsets relative to the unit), computed once. */
export function unitTokens(doc: SourceDoc, u: Unit): { word: string; index: number }[] {
  let tokens = tokenCache.get(u);
  if (!tokens) {
    tokens = tokenize(unitText(doc, u));
    tokenCache.set(u, tokens);
  }
  return tokens;
}

const addressCache = new WeakMap<Unit, ReturnType<typeof findAddressForms>>();

/** Surname + title address forms in a unit (王总, 李教授), computed once. */
export function unitAddressForms(doc: SourceDoc, u: Unit): ReturnType<typeof findAddressForms> {
  let forms = addressCache.get(u);
  if (!forms) {
    forms = findAddressForms(unitText(doc, u));
    addressCache.set(u, forms);
  }
  return forms;
}
