import { SEGMENT_KINDS, type SegmentKind, type TranscriptRow } from '$lib/queries/overview';

/** What the overview shows, read from (and written to) its URL so a view can be shared. */
export interface OverviewState {
  /** Segment kinds shown in the charts; empty means all. */
  kinds: SegmentKind[];
  sort: 'date' | 'duration' | 'segments';
}

export const SORTS = ['date', 'duration', 'segments'] as const;

export function readOverviewState(params: URLSearchParams): OverviewState {
  const kinds = (params.get('kind') ?? '')
    .split(',')
    .filter((k): k is SegmentKind => (SEGMENT_KINDS as readonly string[]).includes(k));
  const sort = params.get('sort');
  return { kinds, sort: SORTS.includes(sort as OverviewState['sort']) ? (sort as OverviewState['sort']) : 'date' };
}

/** The `kind` parameter after toggling one kind (null removes the parameter). */
export function toggleKind(state: OverviewState, kind: SegmentKind): string | null {
  const next = state.kinds.includes(kind) ? state.kinds.filter((k) => k !== kind) : [...state.kinds, kind];
  return next.length === 0 ? null : SEGMENT_KINDS.filter((k) => next.includes(k)).join(',');
}

/** Transcripts with only the segments of the chosen kinds. */
export function filterKinds(rows: TranscriptRow[], kinds: SegmentKind[]): TranscriptRow[] {
  if (kinds.length === 0) return rows;
  return rows.map((t) => ({ ...t, segments: t.segments.filter((s) => kinds.includes(s.kind)) }));
}

export function sortTranscripts(rows: TranscriptRow[], sort: OverviewState['sort']): TranscriptRow[] {
  const byDate = (a: TranscriptRow, b: TranscriptRow) =>
    (a.date ?? '').localeCompare(b.date ?? '') || partNumber(a.part) - partNumber(b.part) || a.id.localeCompare(b.id);
  const copy = [...rows];
  if (sort === 'duration') return copy.sort((a, b) => b.durationSec - a.durationSec || byDate(a, b));
  if (sort === 'segments') return copy.sort((a, b) => b.segments.length - a.segments.length || byDate(a, b));
  return copy.sort(byDate);
}

/** "P12" → 12, so P2 sorts before P12. */
function partNumber(part: string | null): number {
  const m = /\d+/.exec(part ?? '');
  return m ? Number(m[0]) : Number.MAX_SAFE_INTEGER;
}
