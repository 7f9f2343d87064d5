/** Claim stances, in display order, as the dashboard spells them (API enum lower-cased). */
export const STANCES = ['positive', 'prediction', 'neutral', 'concern', 'negative'] as const;
export type Stance = (typeof STANCES)[number];

export const STANCE_COLORS: Record<Stance, string> = {
  positive: '#2ca02c',
  prediction: '#9467bd',
  neutral: '#8c8c8c',
  concern: '#ff7f0e',
  negative: '#d62728',
};

export function stanceFromApi(value: string): Stance {
  const s = value.toLowerCase();
  return (STANCES as readonly string[]).includes(s) ? (s as Stance) : 'neutral';
}

/** A stance from a URL parameter, or null when absent or not a stance. */
export function stanceParam(value: string | null): Stance | null {
  return value && (STANCES as readonly string[]).includes(value) ? (value as Stance) : null;
}
