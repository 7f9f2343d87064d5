/** 3725 → "1:02:05"; 65 → "1:05". */
export function formatDuration(totalSec: number): string {
  const s = Math.max(0, Math.round(totalSec));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(sec).padStart(2, '0')}`;
}

/** Shortens `text` to `max` characters with an ellipsis (CJK-safe: counts code points). */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** "P12" + session title → a short row label for charts. */
export function transcriptLabel(t: { part: string | null; sessionTitle: string; title: string }, max = 18): string {
  const name = truncate(t.sessionTitle || t.title, max);
  return t.part ? `${t.part} · ${name}` : name;
}
