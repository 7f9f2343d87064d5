import {
  COVERAGE_QUERY,
  DAYS_QUERY,
  type ConferenceDay,
  type CoverageResult,
  type DaysResult,
  type TranscriptCoverage,
} from '$lib/queries/coverage';
import { query } from './api';

export interface CoverageView {
  days: ConferenceDay[];
  /** The day shown, or null when one transcript is shown. */
  date: string | null;
  coverage: TranscriptCoverage[];
}

/**
 * Coverage of one transcript, or of one day: the first day when neither is given (the API
 * needs one of them, and a day is what organisers review).
 */
export async function coverageOf(date: string | null, transcriptId: string | null): Promise<CoverageView> {
  const { conferenceDays: days } = await query<DaysResult>(DAYS_QUERY);
  const day = transcriptId ? null : (date ?? days.find((d) => d.date)?.date ?? null);
  if (!transcriptId && !day) return { days, date: null, coverage: [] };
  const { coverage } = await query<CoverageResult>(COVERAGE_QUERY, transcriptId ? { transcriptId } : { date: day });
  return { days, date: day, coverage };
}
