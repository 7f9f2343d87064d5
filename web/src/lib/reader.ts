/**
 * The transcript reader's layout: speaker turns cut into their source lines, each line cut
 * into runs of plain text, mentions and claims. Positions come from the graph (line, and a
 * code-point column); the stored text leaves out emoji and jingle markers, so a column is a
 * hint and every span is found by its text, at the column when it is there, else nearby.
 */
import type { ReaderClaim, ReaderMention, ReaderUtterance } from '$lib/queries/reader';

/** A run of text inside at most one mention. */
export interface Piece {
  text: string;
  mention: ReaderMention | null;
  /** First run of its mention: where the resolved name goes. */
  mentionStart: boolean;
  /** Other entities named inside the mention's spelling. */
  also: ReaderMention[];
}

/** A stretch of a line that is one claim, or plain text between claims. */
export interface Stretch {
  claim: ReaderClaim | null;
  pieces: Piece[];
}

export interface ReaderLine {
  line: number;
  /** False for the rest of a line that started in the previous turn (not the #L anchor). */
  first: boolean;
  stretches: Stretch[];
  /** Claims stated on this line whose text is not in it; shown as marks after the line. */
  unplaced: ReaderClaim[];
  /** The line is a picture from the livestream (`![](img/….png)`), not speech. */
  image: boolean;
}

/** A Markdown image on a line of its own, as the corpus marks a picture of the stream. */
const IMAGE_LINE = /^\s*!\[[^\]]*\]\([^)]*\)\s*$/;

export interface SegmentRef {
  id: string;
  startLine: number;
  endLine: number;
}

export interface ReaderTurn<S extends SegmentRef = SegmentRef> {
  utterance: ReaderUtterance;
  /** The segment this turn opens, when it is the first turn in it. */
  opens: S | null;
  /** The previous turn, in the same segment, had the same speaker (one label is enough). */
  continues: boolean;
  /** Source lines with text (blank lines are left out, their numbers are skipped). */
  lines: ReaderLine[];
}

/** Turns with their lines, in reading order; `segments` gives each turn its segment. */
export function readerTurns<S extends SegmentRef>(
  utterances: readonly ReaderUtterance[],
  segments: readonly S[],
): ReaderTurn<S>[] {
  const seen = new Set<number>();
  let current: S | null = null;
  let previous: ReaderUtterance | null = null;
  return utterances.map((u) => {
    const segment = segmentAt(segments, u.line);
    const opens = segment && segment !== current ? segment : null;
    current = segment ?? current;
    const continues = !opens && !!previous && sameSpeaker(previous, u);
    previous = u;
    const lines = u.text.split('\n').flatMap((text, i): ReaderLine[] => {
      if (text.trim() === '') return [];
      const line = u.line + i;
      const first = !seen.has(line);
      seen.add(line);
      return [lineOf(u, text, line, i === 0 ? u.column : 0, first)];
    });
    return { utterance: u, opens, continues, lines };
  });
}

function sameSpeaker(a: ReaderUtterance, b: ReaderUtterance): boolean {
  return a.speaker || b.speaker ? a.speaker?.id === b.speaker?.id : a.role === b.role;
}

/** One source line of a turn; `startColumn` is the column its text starts at. */
function lineOf(
  u: ReaderUtterance,
  text: string,
  line: number,
  startColumn: number,
  first: boolean,
): ReaderLine {
  const claims = place(text, startColumn, u.claims.filter((c) => c.line === line), (c) => c.text);
  const mentions = place(
    text,
    startColumn,
    u.mentions.filter((m) => m.line === line),
    (m) => m.surface,
  );
  return {
    line,
    first,
    stretches: stretches(text, claims.placed, mentions.placed),
    unplaced: claims.unplaced,
    image: IMAGE_LINE.test(text),
  };
}

/** The segment containing `line`, else the last one starting before it. */
function segmentAt<S extends SegmentRef>(segments: readonly S[], line: number): S | null {
  let found: S | null = null;
  for (const s of segments) {
    if (s.startLine <= line && line <= s.endLine) return s;
    if (s.startLine <= line && (!found || s.startLine > found.startLine)) found = s;
  }
  return found;
}

interface Span<T> {
  item: T;
  start: number;
  end: number;
  /** Items whose text overlaps this span (a shorter name within a longer one: 百模 in 百模大战). */
  also: T[];
}

/**
 * Finds each item's text in `text`, in column order (the longer first at one column) and
 * without overlaps: at its column when it is there, else the nearest occurrence after the
 * previous item. An item that only fits across an earlier span is kept as that span's `also`.
 */
export function place<T extends { column: number }>(
  text: string,
  startColumn: number,
  items: readonly T[],
  needle: (item: T) => string,
): { placed: Span<T>[]; unplaced: T[] } {
  const placed: Span<T>[] = [];
  const unplaced: T[] = [];
  const order = [...items].sort(
    (a, b) => a.column - b.column || needle(b).length - needle(a).length,
  );
  for (const item of order) {
    const wanted = needle(item);
    const expected = codeUnits(text, item.column - startColumn);
    const from = placed.at(-1)?.end ?? 0;
    const at = locate(text, wanted, expected, from);
    if (at !== null) {
      placed.push({ item, start: at, end: at + wanted.length, also: [] });
      continue;
    }
    const inside = locate(text, wanted, expected);
    const host =
      inside === null
        ? undefined
        : placed.find((s) => inside < s.end && s.start < inside + wanted.length);
    if (host) host.also.push(item);
    else unplaced.push(item);
  }
  return { placed, unplaced };
}

/** Index of `needle` in `text` at or after `from`: `expected` if it is there, else the nearest. */
export function locate(text: string, needle: string, expected: number, from = 0): number | null {
  if (!needle) return null;
  if (expected >= from && text.startsWith(needle, expected)) return expected;
  let best: number | null = null;
  for (let at = text.indexOf(needle, from); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (best === null || Math.abs(at - expected) < Math.abs(best - expected)) best = at;
    if (at > expected) break;
  }
  return best;
}

/** UTF-16 offset of a code-point column (clamped to the text). */
export function codeUnits(text: string, column: number): number {
  let i = 0;
  for (let n = 0; n < column && i < text.length; n++) i += text.codePointAt(i)! > 0xffff ? 2 : 1;
  return i;
}

/** Cuts `text` into claims and the text between them, and each of those at mention edges. */
function stretches(
  text: string,
  claims: readonly Span<ReaderClaim>[],
  mentions: readonly Span<ReaderMention>[],
): Stretch[] {
  const edges = [0, text.length, ...[...claims, ...mentions].flatMap((s) => [s.start, s.end])];
  const cuts = [...new Set(edges)].sort((a, b) => a - b);
  const out: Stretch[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const [a, b] = [cuts[k]!, cuts[k + 1]!];
    const claim = claims.find((s) => s.start <= a && b <= s.end)?.item ?? null;
    const mention = mentions.find((s) => s.start <= a && b <= s.end);
    const piece: Piece = {
      text: text.slice(a, b),
      mention: mention?.item ?? null,
      mentionStart: mention?.start === a,
      also: mention?.also ?? [],
    };
    const last = out.at(-1);
    if (last && last.claim === claim) last.pieces.push(piece);
    else out.push({ claim, pieces: [piece] });
  }
  return out;
}

/** Resolution rules that respell a name (ASR homophones, fuzzy Latin, address forms). */
const RESPELLING = /pinyin|homophone|fuzzy|address|given-name/;

/**
 * Whether the reader shows the resolved name over the spelling: when the spelling is another
 * way of writing the entity's name (an ASR error, 姚老师 for 姚期智, 微软 for Microsoft), not
 * when a term is filed under a topic (对话与合作 under 国际合作: that stays in the tooltip).
 */
export function showsResolvedName(m: ReaderMention): boolean {
  const plain = (s: string) => s.toLowerCase().replace(/[\s\-_·.。]/g, '');
  if (plain(m.surface) === plain(m.entity.name)) return false;
  return m.entity.type !== 'topic' || RESPELLING.test(m.method);
}

/** Families of resolution methods, for the tooltip (rule names vary: `lexicon:pinyin`, `pinyin`). */
export const METHOD_FAMILIES = [
  'sound',
  'spelling',
  'address',
  'givenName',
  'alias',
  'keyphrase',
  'exact',
] as const;
export type MethodFamily = (typeof METHOD_FAMILIES)[number];

export function methodFamily(method: string): MethodFamily | null {
  if (/pinyin|homophone/.test(method)) return 'sound';
  if (/fuzzy/.test(method)) return 'spelling';
  if (/address/.test(method)) return 'address';
  if (/given-name/.test(method)) return 'givenName';
  if (/alias/.test(method)) return 'alias';
  if (/keyphrase/.test(method)) return 'keyphrase';
  if (/exact|lexicon|name/.test(method)) return 'exact';
  return null;
}

/** The line a #L link to `target` shows: that line, or the next one with text (blank lines
 * have no anchor of their own), or the last line. */
export function shownLine(turns: readonly ReaderTurn[], target: number): number | null {
  let last: number | null = null;
  for (const turn of turns) {
    for (const l of turn.lines) {
      if (l.first && l.line >= target) return l.line;
      last = l.line;
    }
  }
  return last;
}
