import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import ValidationPlugin from '@pothos/plugin-validation';
import type { Context } from './context.ts';
import { z } from 'zod';
import { badUserInput } from './errors.ts';

/** The one Pothos builder. Types live in schema/<type>.ts, one file per node label. */
export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: { list: false; items: false };
  DefaultNodeNullability: false;
  Scalars: {
    ID: { Input: string; Output: string };
    Date: { Input: string; Output: string };
  };
}>({
  plugins: [RelayPlugin, DataloaderPlugin, ValidationPlugin],
  defaultFieldNullability: false,
  validation: {
    validationError: (failure) =>
      badUserInput(
        failure.issues.map((i) => i.message).join('; '),
        failure.issues.map((i) => ({
          path: (i.path ?? [])
            .map((p) => (typeof p === 'object' ? String(p.key) : String(p)))
            .join('.'),
          message: i.message,
        })),
      ),
  },
  relay: {
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    cursorType: 'String',
    edgesFieldOptions: {
      nullable: { list: false, items: false },
      description: 'The items of this page, with their cursors.',
    },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    cursorFieldOptions: {
      description: 'Opaque cursor of this item; pass it as `after` to continue.',
    },
    pageInfoFieldOptions: { description: 'Where this page sits in the whole list.' },
    pageInfoTypeOptions: { description: 'Relay page information.' },
    hasNextPageFieldOptions: { description: 'True when there are items after this page.' },
    hasPreviousPageFieldOptions: { description: 'True when there are items before this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of this page.' },
    endCursorFieldOptions: {
      description: 'Cursor of the last item of this page; pass it as `after`.',
    },
    firstArgOptions: {
      description: 'Page size (default 20, at most 100).',
      validate: z.number().int().min(0).max(100, 'pages hold at most 100 items').nullish(),
    },
    afterArgOptions: { description: 'Return items after this cursor.' },
    lastArgOptions: {
      description: 'Page size counted from the end (with `before`).',
      validate: z.number().int().min(0).max(100, 'pages hold at most 100 items').nullish(),
    },
    beforeArgOptions: { description: 'Return items before this cursor.' },
  },
});

builder.queryType({ description: 'Read-only views of the conference discourse graph.' });
