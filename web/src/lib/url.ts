/**
 * `url`'s path and query with some parameters set or removed (null or ''), for links that
 * change one piece of a page's state and keep the rest (language included).
 */
export function withParams(url: URL, params: Record<string, string | null>): string {
  const next = new URL(url);
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === '') next.searchParams.delete(k);
    else next.searchParams.set(k, v);
  }
  return `${next.pathname}${next.search}`;
}
