import { offsetForArgs, offsetToCursor } from '@pothos/plugin-relay';

/** Relay arguments as Pothos passes them. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** The window a connection's arguments ask for (offset cursors; 20 by default, 100 at most). */
export function pageWindow(args: PageArgs): { skip: number; limit: number } {
  const { offset, expectedSize } = offsetForArgs({ args, defaultSize: 20, maxSize: 100 });
  return { skip: offset, limit: expectedSize };
}

/** A connection from one already-fetched page and the size of the whole list. */
export function connectionFromPage<T>(items: readonly T[], skip: number, total: number) {
  return {
    totalCount: total,
    edges: items.map((node, i) => ({ cursor: offsetToCursor(skip + i), node })),
    pageInfo: {
      hasPreviousPage: skip > 0,
      hasNextPage: skip + items.length < total,
      startCursor: items.length ? offsetToCursor(skip) : null,
      endCursor: items.length ? offsetToCursor(skip + items.length - 1) : null,
    },
  };
}
