import type { Claim } from '$lib/queries/claims';
import { STANCES, type Stance } from '$lib/stance';

export type StanceCounts = Record<Stance, number>;

export function stanceCounts(claims: readonly Claim[]): StanceCounts {
  const counts = Object.fromEntries(STANCES.map((s) => [s, 0])) as StanceCounts;
  for (const c of claims) counts[c.stance]++;
  return counts;
}

export interface SpeakerGroup {
  /** Null groups the claims whose speaker the extraction could not identify. */
  speaker: Claim['speaker'];
  claims: Claim[];
  stances: StanceCounts;
}

/**
 * Who said what: claims grouped by speaker, most claims first (unidentified speakers last),
 * each group in transcript order.
 */
export function groupBySpeaker(claims: readonly Claim[]): SpeakerGroup[] {
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    const key = c.speaker?.id ?? '';
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.entries()]
    .map(([, list]) => ({ speaker: list[0]!.speaker, claims: list, stances: stanceCounts(list) }))
    .sort(
      (a, b) =>
        Number(a.speaker === null) - Number(b.speaker === null) ||
        b.claims.length - a.claims.length ||
        (a.speaker?.name ?? '').localeCompare(b.speaker?.name ?? '', 'zh'),
    );
}

/** Claims filtered by the URL's stance and speaker parameters ('unknown' = no speaker). */
export function filterClaims(claims: readonly Claim[], stance: Stance | null, speaker: string | null): Claim[] {
  return claims.filter(
    (c) =>
      (!stance || c.stance === stance) &&
      (!speaker || (speaker === 'unknown' ? c.speaker === null : c.speaker?.id === speaker)),
  );
}
