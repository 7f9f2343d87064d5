/**
 * SRT and WebVTT cues → blocks, one per cue text line, each pointing at that line of the file
 * and carrying the cue's times. Bad timestamps, overlapping or backwards cues and stray text
 * become warnings; cues are kept in file order and nothing here throws.
 */
import type { Diagnostic } from '../../types.ts';
import { contentBlock, warning, type RawBlock } from './blocks.ts';
import { acceptLabels, matchLabelCandidate } from './labels.ts';

export interface SubtitleParse {
  blocks: RawBlock[];
  diagnostics: Diagnostic[];
  /** Text after `WEBVTT` on the header line, if any. */
  headerTitle: string | null;
}

/** [hh:]mm:ss[,.]fff — hours optional, 1–3 fraction digits, both separators (files mix them). */
const TIMESTAMP = /^(?:(\d+):)?([0-5]?\d):([0-5]?\d)(?:[,.](\d{1,3}))?$/;
const TIMING = /^\s*(\S*)\s*-->\s*(\S*)/;
const VOICE = /^<v(?:\.[^\s>]*)?(?:\s+([^>]*))?>/;
const VTT_SKIPPED_BLOCK = /^(?:NOTE|STYLE|REGION)(?:\s|$)/;
/** Markup that is not speech: <i>, </v>, <00:00:01.000>, {\an8}. */
const MARKUP = /<[^>\n]*>|\{\\[^}\n]*\}/g;

/** Seconds of a subtitle timestamp, or null when it is malformed. */
export function parseTimestamp(value: string): number | null {
  const m = TIMESTAMP.exec(value.trim());
  if (!m) return null;
  const [, h, min, s, frac] = m;
  return Number(h ?? 0) * 3600 + Number(min) * 60 + Number(s) + (frac ? Number(`0.${frac}`) : 0);
}

/** The same string with subtitle markup replaced by spaces (same length). */
export function blankMarkup(text: string): string {
  return text.includes('<') || text.includes('{')
    ? text.replace(MARKUP, (m) => ' '.repeat(m.length))
    : text;
}

interface Cue {
  startSec: number | null;
  endSec: number | null;
}

function groups(lines: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= lines.length; i++) {
    const blank = i === lines.length || (lines[i] ?? '').trim() === '';
    if (blank && start >= 0) {
      out.push([start, i]);
      start = -1;
    } else if (!blank && start < 0) start = i;
  }
  return out;
}

/**
 * Parse subtitle lines (already split, 0-based array, blocks get 1-based lines). Speaker labels
 * come from VTT voice tags, or from `NAME:` at the start of a cue line when the label is accepted
 * by the same rules as labelled transcripts.
 */
export function parseSubtitles(lines: readonly string[], format: 'srt' | 'vtt'): SubtitleParse {
  const blocks: RawBlock[] = [];
  const diagnostics: Diagnostic[] = [];
  let headerTitle: string | null = null;
  let previous: Cue | null = null;
  let lastTimed: Cue | null = null;
  const all = groups(lines);
  let first = 0;
  if (format === 'vtt' && all[0]) {
    const header = (lines[all[0][0]] ?? '')
      .replace(/^WEBVTT/, '')
      .replace(/^[\s-]+/, '')
      .trim();
    headerTitle = header || null;
    first = 1;
  }
  for (const [start, end] of all.slice(first)) {
    const head = lines[start] ?? '';
    if (format === 'vtt' && VTT_SKIPPED_BLOCK.test(head)) continue;
    const timing =
      [start, start + 1].find((i) => i < end && (lines[i] ?? '').includes('-->')) ?? -1;
    let cue: Cue;
    let textFrom: number;
    if (timing < 0) {
      const numbered = /^\s*\d+\s*$/.test(head);
      if (numbered && end - start === 1) {
        diagnostics.push(
          warning('subtitle/empty-cue', 'cue number without timing or text', {
            line: start + 1,
            index: 0,
          }),
        );
        continue;
      }
      diagnostics.push(
        warning(
          'subtitle/no-timing',
          'text without a timing line; kept with the previous cue’s times',
          {
            line: start + 1,
            index: 0,
          },
        ),
      );
      cue = previous ?? { startSec: null, endSec: null };
      textFrom = numbered ? start + 1 : start;
    } else {
      const timingLine = lines[timing] ?? '';
      cue = readTiming(timingLine, timing + 1, diagnostics);
      checkOrder(cue, lastTimed, timing + 1, diagnostics);
      if (cue.startSec !== null) lastTimed = cue;
      previous = cue;
      textFrom = timing + 1;
      if (textFrom >= end) {
        diagnostics.push(
          warning('subtitle/empty-cue', 'cue without text', { line: timing + 1, index: 0 }),
        );
      }
    }
    for (let i = textFrom; i < end; i++) {
      const text = lines[i] ?? '';
      const voice = format === 'vtt' ? VOICE.exec(text.trimStart()) : null;
      const lead = text.length - text.trimStart().length;
      const label = voice?.[1]?.trim() || null;
      const from = voice ? lead + voice[0].length : 0;
      const block = contentBlock(text, i + 1, from, {
        label,
        startSec: cue.startSec,
        endSec: cue.endSec,
      });
      if (block) blocks.push(block);
    }
  }
  applyTextLabels(blocks);
  return { blocks, diagnostics, headerTitle };
}

function readTiming(line: string, lineNo: number, diagnostics: Diagnostic[]): Cue {
  const m = TIMING.exec(line);
  const startText = m?.[1] ?? '';
  const endText = m?.[2] ?? '';
  const startSec = parseTimestamp(startText);
  const endSec = parseTimestamp(endText);
  if (startSec === null) {
    diagnostics.push(
      warning('subtitle/timestamp', `malformed start timestamp '${startText}'`, {
        line: lineNo,
        index: Math.max(0, line.indexOf(startText)),
      }),
    );
  }
  if (endSec === null) {
    diagnostics.push(
      warning('subtitle/timestamp', `malformed end timestamp '${endText}'`, {
        line: lineNo,
        index: Math.max(0, line.indexOf('-->')),
      }),
    );
  }
  return { startSec, endSec };
}

function checkOrder(cue: Cue, last: Cue | null, lineNo: number, diagnostics: Diagnostic[]): void {
  const pos = { line: lineNo, index: 0 };
  if (cue.startSec !== null && cue.endSec !== null && cue.endSec < cue.startSec) {
    diagnostics.push(warning('subtitle/end-before-start', 'cue ends before it starts', pos));
  }
  if (cue.startSec === null || last === null || last.startSec === null) return;
  if (cue.startSec < last.startSec) {
    diagnostics.push(warning('subtitle/backwards', 'cue starts before the previous cue', pos));
  } else if (last.endSec !== null && cue.startSec < last.endSec) {
    diagnostics.push(warning('subtitle/overlap', 'cue overlaps the previous cue', pos));
  }
}

/** `NAME: text` inside cues, for blocks without a voice tag. */
function applyTextLabels(blocks: RawBlock[]): void {
  const candidates = blocks.map((b) => (b.label === null ? matchLabelCandidate(b.text) : null));
  const counts = new Map<string, number>();
  for (const c of candidates) if (c) counts.set(c.label, (counts.get(c.label) ?? 0) + 1);
  if (counts.size === 0) return;
  const accepted = acceptLabels(counts);
  candidates.forEach((c, i) => {
    const block = blocks[i];
    if (!c || !block || !accepted.has(c.label) || c.contentIndex >= block.text.length) return;
    blocks[i] = {
      ...block,
      label: c.label,
      index: block.index + c.contentIndex,
      text: block.text.slice(c.contentIndex),
    };
  });
}
