/**
 * Which kind of transcript a file is, from its lines: WebVTT (header), SRT (numbered cues with
 * `-->` timings), labelled (most content lines start with an accepted speaker label),
 * corpus-md (a `# ` title line or markdown image lines), else plain text.
 */
import type { SourceFormat } from '../../types.ts';
import { isImageLine } from './blocks.ts';
import { acceptLabels, matchLabelCandidate, type LabelCandidate } from './labels.ts';
import { parseTitleLine } from './title.ts';

/** Share of content lines that must carry a label for a labelled transcript. */
export const MIN_LABELLED_SHARE = 0.5;

const WEBVTT = /^WEBVTT(?:[ \t]|$)/;
const SRT_TIMING = /^\s*(?:\d+:)?\d+:\d+[,.]\d+\s*-->/;
const CUE_NUMBER = /^\s*\d+\s*$/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export interface LabelScan {
  /** Accepted label per 0-based line index. */
  byLine: Map<number, LabelCandidate>;
  labelledLines: number;
  contentLines: number;
}

export interface FormatDetection {
  format: SourceFormat;
  /** 0-based index of the `# ` title line, or null. */
  titleLine: number | null;
  /** Present for labelled transcripts. */
  labels: LabelScan | null;
}

function firstNonEmpty(lines: readonly string[], from = 0): number {
  for (let i = from; i < lines.length; i++) if ((lines[i] ?? '').trim() !== '') return i;
  return -1;
}

function isSrt(lines: readonly string[], first: number): boolean {
  const head = lines[first] ?? '';
  if (SRT_TIMING.test(head)) return true;
  return CUE_NUMBER.test(head) && SRT_TIMING.test(lines[first + 1] ?? '');
}

/** Label candidates on content lines (not the title, not images, with some letter or digit). */
export function scanLabels(lines: readonly string[], titleLine: number | null): LabelScan {
  const candidates = new Map<number, LabelCandidate>();
  const counts = new Map<string, number>();
  let contentLines = 0;
  lines.forEach((line, i) => {
    if (i === titleLine || !WORD_CHAR.test(line) || isImageLine(line.trim())) return;
    contentLines++;
    const c = matchLabelCandidate(line);
    if (!c) return;
    candidates.set(i, c);
    counts.set(c.label, (counts.get(c.label) ?? 0) + 1);
  });
  const accepted = acceptLabels(counts);
  const byLine = new Map<number, LabelCandidate>();
  for (const [i, c] of candidates) if (accepted.has(c.label)) byLine.set(i, c);
  return { byLine, labelledLines: byLine.size, contentLines };
}

export function detectFormat(lines: readonly string[]): FormatDetection {
  const first = firstNonEmpty(lines);
  const head = lines[first] ?? '';
  if (WEBVTT.test(head)) return { format: 'vtt', titleLine: null, labels: null };
  if (first >= 0 && isSrt(lines, first)) return { format: 'srt', titleLine: null, labels: null };
  const titleLine = first >= 0 && parseTitleLine(head) ? first : null;
  const labels = scanLabels(lines, titleLine);
  if (
    labels.labelledLines >= 2 &&
    labels.labelledLines >= MIN_LABELLED_SHARE * labels.contentLines
  ) {
    return { format: 'labelled', titleLine, labels };
  }
  if (titleLine !== null || lines.some((l) => isImageLine(l.trim()))) {
    return { format: 'corpus-md', titleLine, labels: null };
  }
  return { format: 'plain', titleLine: null, labels: null };
}
