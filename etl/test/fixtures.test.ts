/**
 * Whole-pipeline expectations on small transcripts of our own, one per input style: who is
 * found, who speaks where, which organisations and models are named.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../src/pipeline.ts';
import type { ExtractionExport } from '../src/export/format.ts';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

function names(exp: ExtractionExport, type: string): string[] {
  return exp.entities.filter((e) => e.type === type).map((e) => e.name).sort();
}

/** Speaker name (or role when unnamed) at the start of each given line. */
function speakersAt(exp: ExtractionExport, lines: number[]): (string | null)[] {
  const byId = new Map(exp.entities.map((e) => [e.id, e.name]));
  return lines.map((line) => {
    const turn = exp.turns.filter((t) => t.line <= line).at(-1);
    if (!turn) return null;
    return turn.speaker ? byId.get(turn.speaker)! : `(${turn.role})`;
  });
}

describe('English transcript with NAME: labels', async () => {
  const exp = await extractFile(fixture('en-labelled.txt'));
  it('finds the speakers from their labels, without titles, and no role as a person', () => {
    expect(names(exp, 'person')).toEqual(['Jane Doe', 'Tom Okafor']);
    expect(speakersAt(exp, [1, 3, 4, 5, 6, 11, 12])).toEqual([
      '(host)', 'Jane Doe', 'Tom Okafor', '(host)', 'Jane Doe', '(guest)', 'Jane Doe',
    ]);
  });
  it('finds organisations and models through the lexicon', () => {
    expect(names(exp, 'organization')).toEqual(expect.arrayContaining(['Google DeepMind', 'Meta', 'OpenAI']));
    expect(names(exp, 'model')).toEqual(expect.arrayContaining(['GPT-4', 'Gemini', 'Llama 3']));
  });
});

describe('English transcript without labels', async () => {
  const exp = await extractFile(fixture('en-plain.txt'));
  it('finds host and guests from introductions, and first names resolve to them', () => {
    expect(names(exp, 'person')).toEqual(['Daniel Brooks', 'Maria Chen', 'Samuel Ortiz']);
    const maria = exp.entities.find((e) => e.name === 'Maria Chen')!;
    expect(maria.variants).toEqual(expect.arrayContaining(['Maria', 'Maria Chen']));
  });
  it('follows the conversation: introduction, answers, questions, self-introduction', () => {
    expect(speakersAt(exp, [1, 4, 5, 6, 7, 10, 11])).toEqual([
      'Daniel Brooks', 'Maria Chen', 'Daniel Brooks', 'Maria Chen', 'Daniel Brooks', 'Samuel Ortiz', 'Daniel Brooks',
    ]);
  });
  it('names Stanford University and NVIDIA, and GPT-4', () => {
    expect(names(exp, 'organization')).toEqual(expect.arrayContaining(['NVIDIA', 'Stanford University']));
    expect(names(exp, 'model')).toEqual(['GPT-4']);
  });
});

describe('Chinese transcript with 姓名： labels', async () => {
  const exp = await extractFile(fixture('zh-labelled.txt'));
  it('uses the labels and keeps 主持人 a role', () => {
    expect(names(exp, 'person')).toEqual(['李晓燕', '王明']);
    expect(speakersAt(exp, [1, 3, 4, 5, 6])).toEqual(['(host)', '王明', '李晓燕', '(host)', '王明']);
    const wang = exp.entities.find((e) => e.name === '王明')!;
    expect(wang.variants).toContain('王教授');
  });
});

describe('Chinese corpus-style transcript without labels', async () => {
  const exp = await extractFile(fixture('zh-corpus.md'));
  it('finds the host and the guests, keeping the traditional spelling of a name', () => {
    expect(names(exp, 'person')).toEqual(['陳乾', '孙悦', '赵立群', '陈思远'].sort());
    expect(speakersAt(exp, [5, 13])).toEqual(['陈思远', '赵立群']);
  });
  it('reads full-width Latin as GPT-4 and finds the organisations', () => {
    expect(names(exp, 'model')).toEqual(expect.arrayContaining(['GPT-4', '通义千问']));
    expect(names(exp, 'organization')).toEqual(expect.arrayContaining(['复旦大学', '阿里巴巴']));
  });
});

describe('subtitles', async () => {
  it('uses cue times and voice tags', async () => {
    const vtt = await extractFile(fixture('sample.vtt'));
    expect(names(vtt, 'person')).toContain('Jane Doe');
    expect(vtt.turns.some((t) => t.speaker !== null)).toBe(true);
  });
});
