/**
 * Where a window of a transcript's text starts: at the turn containing a line, or right after
 * or before a window already loaded (the API's cursors). The reader asks its `text` endpoint
 * for windows with these as query parameters.
 */
export type TextWindow = { fromLine: number } | { after: string } | { before: string };

/** `/transcripts/<id>/text?…` for a window. */
export function textWindowHref(transcriptId: string, window: TextWindow): string {
  const search = new URLSearchParams(
    'fromLine' in window
      ? { from: String(window.fromLine) }
      : 'after' in window
        ? { after: window.after }
        : { before: window.before },
  );
  return `/transcripts/${encodeURIComponent(transcriptId)}/text?${search}`;
}

/** The window a query string asks for: null for the start, undefined when it makes no sense. */
export function parseTextWindow(search: URLSearchParams): TextWindow | null | undefined {
  const given = ['from', 'after', 'before'].filter((k) => search.has(k));
  if (given.length === 0) return null;
  if (given.length > 1) return undefined;
  const from = search.get('from');
  if (from !== null) return /^[1-9]\d{0,6}$/.test(from) ? { fromLine: Number(from) } : undefined;
  const after = search.get('after');
  if (after) return { after };
  const before = search.get('before');
  return before ? { before } : undefined;
}
