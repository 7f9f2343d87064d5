import { z } from 'zod';

/** Zod building blocks shared by GraphQL arguments and the CSV export's query strings. */

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are written YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(d)), 'not a calendar date');

export const entityId = z
  .string()
  .min(1, 'ids are not empty')
  .max(200, 'ids are at most 200 characters');

/**
 * GraphQL passes omitted optional arguments as null; dropping them lets zod apply its defaults,
 * so `trend(bucket: DAY)` and `?bucket=day` validate to the same thing.
 */
export function withDefaults<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (a) =>
      a && typeof a === 'object'
        ? Object.fromEntries(
            Object.entries(a as Record<string, unknown>).filter(([, v]) => v != null),
          )
        : a,
    schema,
  );
}
