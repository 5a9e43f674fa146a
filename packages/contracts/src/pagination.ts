import { z } from 'zod';
import { hasNoNul, NUL_MESSAGE } from './fields.js';

export const LIMIT_DEFAULT = 20;
export const LIMIT_MAX = 100;

/** Query strings arrive as text; an empty value (`?tag=`, which real clients send) means "not given". */
const absentIfEmpty = (value: unknown) => (value === '' ? undefined : value);

const wholeNumber = (min: number, max: number, rangeMessage: string) =>
  z.preprocess(
    absentIfEmpty,
    z.coerce
      .number({ error: 'must be a whole number' })
      .int('must be a whole number')
      .min(min, rangeMessage)
      .max(max, rangeMessage)
      .optional(),
  );

export const Limit = wholeNumber(1, LIMIT_MAX, `must be between 1 and ${LIMIT_MAX}`);
export const Offset = wholeNumber(0, Number.MAX_SAFE_INTEGER, 'must be 0 or more');

/** An optional exact-match filter such as `?tag=`, `?author=`. */
export const Filter = z.preprocess(
  absentIfEmpty,
  z.string({ error: 'must be given once' }).max(255).refine(hasNoNul, NUL_MESSAGE).optional(),
);

export const PageQuery = z.object({ limit: Limit, offset: Offset });
export type PageQuery = z.infer<typeof PageQuery>;
