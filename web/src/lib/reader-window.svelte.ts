import type { PageInfo, ReaderPage, ReaderUtterance } from '$lib/queries/reader';
import { textWindowHref, type TextWindow } from '$lib/text-window';

export type Direction = 'next' | 'previous' | 'jump';

/**
 * The part of a transcript the reader has loaded: one contiguous run of turns, grown a window
 * at a time at either end, or replaced by the window around a line a link points to.
 */
export class ReaderWindow {
  utterances: ReaderUtterance[] = $state.raw([]);
  pageInfo: PageInfo = $state.raw({
    hasNextPage: false,
    hasPreviousPage: false,
    startCursor: null,
    endCursor: null,
  });
  totalCount = $state(0);
  /** What is being loaded, if anything. */
  loading: Direction | null = $state(null);
  /** The last load failed; `retry` repeats it. */
  failed = $state(false);
  /** The line the last jump was for, once its window is in. */
  landed: number | null = $state(null);

  #request = 0;
  #last: (() => Promise<void>) | null = null;
  /** Lines already jumped to: a line past the end is not asked for again and again. */
  #jumped = new Set<number>();

  constructor(
    readonly transcriptId: string,
    first: ReaderPage,
  ) {
    this.utterances = first.utterances;
    this.pageInfo = first.pageInfo;
    this.totalCount = first.totalCount;
  }

  /** Whether `line` can be shown: it falls within the loaded turns, or a jump to it is done. */
  reached(line: number): boolean {
    return this.covers(line) || this.landed === line;
  }

  /** Whether `line` falls within the loaded turns. */
  covers(line: number): boolean {
    const first = this.utterances[0];
    const last = this.utterances.at(-1);
    return !!first && !!last && first.line <= line && line <= last.endLine;
  }

  /** Loads the turns after the loaded ones. */
  next(): Promise<void> {
    const after = this.pageInfo.endCursor;
    if (!this.pageInfo.hasNextPage || !after || this.loading) return Promise.resolve();
    return this.#load('next', { after }, (page) => {
      this.utterances = [...this.utterances, ...page.utterances];
      this.pageInfo = { ...this.pageInfo, ...pick(page.pageInfo, 'hasNextPage', 'endCursor') };
    });
  }

  /** Loads the turns before the loaded ones. */
  previous(): Promise<void> {
    const before = this.pageInfo.startCursor;
    if (!this.pageInfo.hasPreviousPage || !before || this.loading) return Promise.resolve();
    return this.#load('previous', { before }, (page) => {
      this.utterances = [...page.utterances, ...this.utterances];
      this.pageInfo = {
        ...this.pageInfo,
        ...pick(page.pageInfo, 'hasPreviousPage', 'startCursor'),
      };
    });
  }

  /**
   * Replaces the loaded turns by the window that starts at the turn containing `line`, then
   * loads the window before it, so the line is read in context.
   */
  async jump(line: number): Promise<void> {
    if (this.covers(line) || this.#jumped.has(line)) return;
    this.#jumped.add(line);
    await this.#load('jump', { fromLine: line }, (page) => {
      this.landed = line;
      if (page.utterances.length === 0) return; // past the end: keep what is shown
      this.utterances = page.utterances;
      this.pageInfo = page.pageInfo;
    });
    if (this.landed === line) await this.previous();
  }

  retry(): Promise<void> {
    return this.#last?.() ?? Promise.resolve();
  }

  async #load(direction: Direction, window: TextWindow, apply: (page: ReaderPage) => void) {
    const request = ++this.#request;
    this.#last = () => this.#load(direction, window, apply);
    this.loading = direction;
    this.failed = false;
    try {
      const res = await fetch(textWindowHref(this.transcriptId, window));
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const page = (await res.json()) as ReaderPage;
      if (request !== this.#request) return; // a newer load replaced this one
      apply(page);
      this.totalCount = page.totalCount;
    } catch {
      if (request === this.#request) this.failed = true;
    } finally {
      if (request === this.#request) this.loading = null;
    }
  }
}

function pick<T, K extends keyof T>(value: T, ...keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, value[k]])) as Pick<T, K>;
}
