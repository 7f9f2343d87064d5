import { kindFromApi, type TranscriptRow } from '$lib/queries/overview';
import type { TranscriptCoverage } from '$lib/queries/coverage';

/** Coverage rows in the shape the segment timeline draws (segments of unknown kind left out). */
export function coverageTimelineRows(rows: TranscriptCoverage[]): TranscriptRow[] {
  return rows.map((r) => ({
    ...r.transcript,
    segments: r.segments.flatMap(({ segment }) => {
      const kind = kindFromApi(segment.kind);
      return kind ? [{ ...segment, kind }] : [];
    }),
  }));
}
